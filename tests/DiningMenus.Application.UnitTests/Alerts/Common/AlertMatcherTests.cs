using System.Text.Json;
using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.UnitTests.Alerts.Common;

public sealed class AlertMatcherTests
{
    private static readonly Hall Frary = new("frary", "Frary", "pomona", VendorType.Pomona);
    private static readonly DateOnly Monday = new(2025, 12, 1);

    private static readonly DishOccurrence[] Day =
    [
        Serving(MealPeriod.Brunch, "Grill", "Spicy Pork Bulgogi", "gluten-free"),
        Serving(MealPeriod.Dinner, "Mainline", "Spicy Pork Bulgogi", "gluten-free"),
        Serving(MealPeriod.Dinner, "Wok", "Tofu Bulgogi Bowl", "vegan"),
        Serving(MealPeriod.Dinner, "Mainline", "Cheese Pizza", "vegetarian"),
    ];

    [Test]
    public void One_delivery_per_meal_with_every_matching_dish_of_it()
    {
        var deliveries = AlertMatcher.Match(Frary, Monday, Day, [Alert("bulgogi")]);

        Assert.That(deliveries.Select(d => d.Meal), Is.EqualTo(new[] { MealPeriod.Brunch, MealPeriod.Dinner }));
        var dinner = JsonDocument.Parse(deliveries[1].Body).RootElement;
        Assert.That(dinner.GetProperty("type").GetString(), Is.EqualTo("dish.served"));
        Assert.That(dinner.GetProperty("alert_id").GetString(), Is.EqualTo("alr_test"));
        Assert.That(dinner.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "Spicy Pork Bulgogi", "Tofu Bulgogi Bowl" }));
        Assert.That(deliveries.All(d => d.AlertId == "alr_test" && d.HallId == "frary" && d.Date == Monday), Is.True);
    }

    [Test]
    public void Hall_meal_and_tag_filters_narrow_the_match()
    {
        Assert.That(AlertMatcher.Match(Frary, Monday, Day, [Alert("bulgogi", halls: ["frank"])]), Is.Empty);
        Assert.That(AlertMatcher.Match(Frary, Monday, Day, [Alert("bulgogi", meals: [MealPeriod.Lunch])]).Select(d => d.Meal),
            Is.EqualTo(new[] { MealPeriod.Brunch }), "lunch includes a brunch served instead");
        var vegetarian = AlertMatcher.Match(Frary, Monday, Day, [Alert("bulgogi", tags: ["vegetarian"])]);
        Assert.That(vegetarian.Select(d => d.Meal), Is.EqualTo(new[] { MealPeriod.Dinner }), "vegetarian includes vegan");
        Assert.That(JsonDocument.Parse(vegetarian[0].Body).RootElement.GetProperty("occurrences").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void Typos_match_as_dish_search_does_and_unrelated_words_do_not()
    {
        Assert.That(AlertMatcher.Match(Frary, Monday, Day, [Alert("bulgogy")]), Has.Count.EqualTo(2));
        Assert.That(AlertMatcher.Match(Frary, Monday, Day, [Alert("ramen")]), Is.Empty);
    }

    private static StoredAlert Alert(string query, string[]? halls = null, MealPeriod[]? meals = null, string[]? tags = null) => new(
        "alr_test", query, halls ?? [], meals ?? [], tags ?? [], "https://hooks.example.com/", new byte[32], "client",
        DateTimeOffset.UnixEpoch, true, 0, null);

    private static DishOccurrence Serving(MealPeriod meal, string station, string name, params string[] tags) =>
        new("frary", Monday, meal, null, null, station, name, DishNames.Normalize(name), tags);
}
