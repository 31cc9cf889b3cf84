using DiningMenus.Domain.Menus;

namespace DiningMenus.Domain.UnitTests.Menus;

public sealed class DayMenuTests
{
    private static Meal MealOf(MealPeriod period) =>
        new(period, period.ToString(), null, null, [new Station("Grill", [new MenuItem("Toast", null, [], null, [])])]);

    [TestCase(MealPeriod.Breakfast)]
    [TestCase(MealPeriod.Lunch)]
    public void A_brunch_day_answers_breakfast_and_lunch_with_its_brunch(MealPeriod asked)
    {
        var day = new DayMenu("frary", new DateOnly(2025, 12, 6), DayStatus.Open, [MealOf(MealPeriod.Brunch), MealOf(MealPeriod.Dinner)]);

        Assert.That(day.FindMeal(asked)?.Period, Is.EqualTo(MealPeriod.Brunch));
    }

    [Test]
    public void A_real_lunch_wins_over_brunch()
    {
        // Malott on a Saturday lists an overlapping brunch and lunch.
        var day = new DayMenu("malott", new DateOnly(2026, 2, 7), DayStatus.Open, [MealOf(MealPeriod.Brunch), MealOf(MealPeriod.Lunch)]);

        Assert.That(day.FindMeal(MealPeriod.Lunch)?.Period, Is.EqualTo(MealPeriod.Lunch));
    }

    [Test]
    public void Dinner_is_never_answered_with_another_meal()
    {
        var day = new DayMenu("frary", new DateOnly(2025, 12, 6), DayStatus.Open, [MealOf(MealPeriod.Brunch)]);

        Assert.That(day.FindMeal(MealPeriod.Dinner), Is.Null);
    }

    [Test]
    public void A_meal_without_items_makes_the_day_not_a_good_menu()
    {
        var empty = new Meal(MealPeriod.Dinner, "Dinner", null, null, [new Station("Grill", [])]);
        var day = new DayMenu("frary", new DateOnly(2025, 12, 6), DayStatus.Open, [MealOf(MealPeriod.Lunch), empty]);

        Assert.That(day.HasItems, Is.False);
        Assert.That(day with { Meals = [MealOf(MealPeriod.Lunch)] }, Has.Property(nameof(DayMenu.HasItems)).True);
    }

    [Test]
    public void Meals_in_service_order_follow_the_day_whatever_order_the_source_listed_them()
    {
        static Meal Meal(MealPeriod period, int? hour) =>
            new(period, period.ToString(), hour is null ? null : new TimeOnly(hour.Value, 0), null, []);
        var day = new DayMenu("collins", new DateOnly(2026, 2, 7), DayStatus.Open,
            [Meal(MealPeriod.LateNight, 21), Meal(MealPeriod.Dinner, 17), Meal(MealPeriod.Other, 15), Meal(MealPeriod.Brunch, 10), Meal(MealPeriod.Dinner, 16)]);

        var order = day.InServiceOrder().Select(m => $"{m.Period} {m.Start:HH}");

        Assert.That(order, Is.EqualTo(new[] { "Brunch 10", "Dinner 16", "Dinner 17", "LateNight 21", "Other 15" }));
    }
}
