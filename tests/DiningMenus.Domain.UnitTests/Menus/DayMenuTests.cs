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
}
