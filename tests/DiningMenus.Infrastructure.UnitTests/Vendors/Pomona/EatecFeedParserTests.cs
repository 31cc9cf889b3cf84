using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Pomona;

/// <summary>Expected values were read from the captures with a JSON tool, independently of the parser.</summary>
public sealed class EatecFeedParserTests
{
    private const string FraryWeek = "pomona/frary_eatec_2025-12-01_to_2025-12-07.json";

    /// <summary>The real body wraps the JSON: "/**/ menuData(" … ");". The captures were unwrapped by their collector.</summary>
    private static string AsJsonp(string json) => "/**/ menuData(" + json + ");";

    private static DayMenu Day(MenuReadResult result, int year, int month, int day)
    {
        Assert.That(result.Succeeded, Is.True, () => result.Failure?.ToString() ?? string.Empty);
        return result.DayFor(new DateOnly(year, month, day)) ?? throw new AssertionException($"no day {year}-{month}-{day}");
    }

    [Test]
    public void Frary_week_holds_seven_open_days()
    {
        var result = EatecFeedParser.Parse(AsJsonp(Captures.ReadText(FraryWeek)), "frary");

        Assert.That(result.Succeeded, Is.True, () => result.Failure?.ToString() ?? string.Empty);
        Assert.That(result.Days.Select(d => d.Date), Is.EqualTo(Enumerable.Range(1, 7).Select(d => new DateOnly(2025, 12, d))));
        Assert.That(result.Days.Select(d => d.Status), Is.All.EqualTo(DayStatus.Open));
        Assert.That(result.Days.Select(d => d.HallId), Is.All.EqualTo("frary"));
    }

    [Test]
    public void Frary_weekday_dinner_has_its_stations_items_tags_and_calories()
    {
        var monday = Day(EatecFeedParser.Parse(AsJsonp(Captures.ReadText(FraryWeek)), "frary"), 2025, 12, 1);

        Assert.That(monday.Meals.Select(m => m.Period), Is.EqualTo(new[] { MealPeriod.Breakfast, MealPeriod.Lunch, MealPeriod.Dinner }));
        var dinner = monday.FindMeal(MealPeriod.Dinner)!;
        Assert.That(dinner.Label, Is.EqualTo("Dinner"));
        Assert.That(dinner.Stations.Select(s => s.Name), Is.EqualTo(new[]
        {
            "Mainline", "Expo Station", "Pizza", "Grill Station", "Soup Station", "Salad Bar", "Desserts",
        }));
        Assert.That(dinner.Stations.Select(s => s.Items.Count), Is.EqualTo(new[] { 6, 1, 9, 2, 1, 3, 3 }));

        var bulgogi = dinner.Stations[0].Items.Single(i => i.Name == "Spicy Pork Bulgogi");
        Assert.That(bulgogi.Tags, Is.EqualTo(new[] { "gluten-free" }));
        Assert.That(bulgogi.Allergens, Is.EqualTo(new[] { "sesame", "soy" }));
        Assert.That(bulgogi.Calories, Is.EqualTo(169));

        // Double spaces in real names collapse; vegan items are vegetarian too.
        var tofu = dinner.Stations[0].Items.Single(i => i.Name == "Sweet Sour Tofu");
        Assert.That(tofu.Tags, Is.EqualTo(new[] { "vegan" }), "Eatec flags vegan and vegetarian exclusively");
        Assert.That(tofu.Calories, Is.EqualTo(161));
    }

    [Test]
    public void Calories_are_shown_only_when_nutrition_is_approved()
    {
        var dinner = Day(EatecFeedParser.Parse(Captures.ReadText(FraryWeek), "frary"), 2025, 12, 1).FindMeal(MealPeriod.Dinner)!;
        var fries = dinner.Stations.Single(s => s.Name == "Grill Station").Items.Single(i => i.Name == "California Fries with Soyrizo");

        Assert.That(fries.Calories, Is.Null, "@approvedNutrition is No although @nutrients starts with 176.56");
        Assert.That(fries.Tags, Is.EqualTo(new[] { "vegan" }));
    }

    [Test]
    public void Names_with_commas_and_slashes_stay_whole()
    {
        var result = EatecFeedParser.Parse(Captures.ReadText(FraryWeek), "frary");
        var names = result.Days.SelectMany(d => d.Meals).SelectMany(m => m.Stations).SelectMany(s => s.Items).Select(i => i.Name).ToList();

        Assert.That(names, Has.Some.EqualTo("California Fries w/Carne Asada"));
        Assert.That(names.Where(n => n.Contains(',', StringComparison.Ordinal)), Is.Not.Empty);
    }

    [Test]
    public void Frary_weekend_breakfast_is_brunch_and_a_closed_record_beside_meals_keeps_the_day_open()
    {
        var result = EatecFeedParser.Parse(Captures.ReadText(FraryWeek), "frary");
        var saturday = Day(result, 2025, 12, 6);
        var sunday = Day(result, 2025, 12, 7);

        Assert.That(saturday.Meals.Select(m => (m.Period, m.Label)), Is.EqualTo(new[]
        {
            (MealPeriod.Brunch, "Breakfast"), (MealPeriod.Dinner, "Dinner"),
        }));
        Assert.That(saturday.FindMeal(MealPeriod.Brunch)!.ItemCount, Is.EqualTo(10 + 2 + 8 + 6 + 2 + 6 + 5));
        Assert.That(sunday.Status, Is.EqualTo(DayStatus.Open));
        Assert.That(sunday.FindMeal(MealPeriod.Dinner)!.Stations.Select(s => s.Name), Does.Not.Contain("Mainline"));
    }

    [Test]
    public void Frank_closed_days_are_closed_and_its_brunch_named_breakfast_is_brunch()
    {
        var result = EatecFeedParser.Parse(Captures.ReadText("pomona/frank_eatec_2025-12-01_to_2025-12-07.json"), "frank");

        Assert.That(Day(result, 2025, 12, 5).Status, Is.EqualTo(DayStatus.Closed));
        Assert.That(Day(result, 2025, 12, 6).Status, Is.EqualTo(DayStatus.Closed));
        var monday = Day(result, 2025, 12, 1);
        Assert.That(monday.Meals.Select(m => m.Period), Is.EqualTo(new[] { MealPeriod.Brunch, MealPeriod.Dinner }));
        Assert.That(monday.FindMeal(MealPeriod.Breakfast)!.Period, Is.EqualTo(MealPeriod.Brunch), "breakfast requests find the brunch");
    }

    [Test]
    public void Closed_only_excerpt_yields_two_closed_days()
    {
        var result = EatecFeedParser.Parse(Captures.ReadText("pomona/frank_2025-12-05_and_06_closed_excerpt.json"), "frank");

        Assert.That(result.Days.Select(d => (d.Date, d.Status)), Is.EqualTo(new[]
        {
            (new DateOnly(2025, 12, 5), DayStatus.Closed), (new DateOnly(2025, 12, 6), DayStatus.Closed),
        }));
    }

    [Test]
    public void Oldenborg_single_recipe_records_are_read_as_one_item()
    {
        var day = Day(EatecFeedParser.Parse(Captures.ReadText("pomona/oldenborg_2025-12-01_lunch_excerpt.json"), "oldenborg"), 2025, 12, 1);

        Assert.That(day.Meals, Has.Count.EqualTo(1));
        Assert.That(day.Meals[0].Period, Is.EqualTo(MealPeriod.Lunch));
        Assert.That(day.Meals[0].Stations.Select(s => s.Name), Is.EquivalentTo(new[] { "Mainline", "Pizza", "Soup Station", "Salad Bar", "Panini Station" }));
        Assert.That(day.Meals[0].Stations.Where(s => s.Items.Count == 1), Is.Not.Empty);
    }

    [Test]
    public void A_date_missing_from_the_feed_is_not_in_the_result()
    {
        var result = EatecFeedParser.Parse(Captures.ReadText(FraryWeek), "frary");

        Assert.That(result.DayFor(new DateOnly(2025, 12, 8)), Is.Null);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")]
    [TestCase("/**/ menuData({\"EatecExchange\": {\"menu\": [")]
    [TestCase("{\"something\": \"else\"}")]
    [TestCase("[1, 2, 3]")]
    [TestCase("menuData(")]
    public void Hostile_bodies_are_malformed_failures(string body)
    {
        var result = EatecFeedParser.Parse(body, "frary");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Failure!.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    [Test]
    public void A_truncated_real_feed_is_a_malformed_failure()
    {
        var text = AsJsonp(Captures.ReadText(FraryWeek));

        var result = EatecFeedParser.Parse(text[..(text.Length / 2)], "frary");

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    [Test]
    public void Records_of_odd_shape_are_skipped_not_thrown()
    {
        const string Body = """
            {"EatecExchange": {"menu": [
              {"@servedate": "not-a-date", "@mealperiodname": "Lunch"},
              {"@servedate": "20251201", "@mealperiodname": "Lunch", "recipes": "oops"},
              {"@servedate": "20251201", "@mealperiodname": "Lunch", "recipes": {"recipe": {"@category": 5, "@shortName": "Lone  Soup",
                 "@displayonwebsite": "Yes", "@approvedNutrition": "Yes", "@nutrients": "NA|1"}}, "nutrients": "Calories (kcal)~CAL|x~TL"}
            ]}}
            """;

        var day = Day(EatecFeedParser.Parse(Body, "frary"), 2025, 12, 1);

        Assert.That(day.Meals.Single().Stations.Single().Items.Single(), Is.EqualTo(day.Meals[0].Stations[0].Items[0]));
        var soup = day.Meals[0].Stations[0].Items[0];
        Assert.That(soup.Name, Is.EqualTo("Lone Soup"));
        Assert.That(soup.Calories, Is.Null, "NA is no number");
        Assert.That(day.Meals[0].Stations[0].Name, Is.EqualTo("5"));
    }
}
