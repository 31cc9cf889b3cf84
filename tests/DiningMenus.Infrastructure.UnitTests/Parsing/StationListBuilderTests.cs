using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.UnitTests.Parsing;

public sealed class StationListBuilderTests
{
    private static MenuItem Dish(string name, string[]? tags = null, int? calories = null, int? tier = null, bool? featured = null, string? description = null, string[]? allergens = null) =>
        new(name, description, tags ?? [], calories, allergens ?? [], featured, tier);

    [Test]
    public void Stations_keep_first_seen_order_and_merge_by_name_whatever_the_case()
    {
        var builder = new StationListBuilder(new ParseReport());
        builder.Add("Grill", Dish("Burger"));
        builder.Add("Salad Bar", Dish("Kale"));
        builder.Add("grill", Dish("Fries"));

        var stations = builder.Build();

        Assert.That(stations.Select(s => (s.Name, s.Items.Count)), Is.EqualTo(new[] { ("Grill", 2), ("Salad Bar", 1) }));
    }

    [Test]
    public void Same_named_dishes_of_a_station_become_one_where_the_first_was_listed()
    {
        var builder = new StationListBuilder(new ParseReport());
        builder.Add("Cereal", Dish("Corn Flakes", ["vegetarian"], 120, 2));
        builder.Add("Cereal", Dish("Rice Krispies", ["vegetarian"], 110, 2));
        builder.Add("Cereal", Dish("corn flakes", ["vegetarian"], 120, 2));
        builder.Add("Milk Bar", Dish("Corn Flakes"));

        var stations = builder.Build();

        Assert.That(stations[0].Items.Select(i => i.Name), Is.EqualTo(new[] { "Corn Flakes", "Rice Krispies" }));
        Assert.That(stations[0].Items[0], Is.EqualTo(Dish("Corn Flakes", ["vegetarian"], 120, 2)).Using<MenuItem>(SameDish));
        Assert.That(stations[1].Items.Single().Name, Is.EqualTo("Corn Flakes"), "another station's dish is another dish");
    }

    [Test]
    public void A_merged_dish_takes_the_special_listing_unions_tags_and_allergens_and_keeps_only_agreed_calories()
    {
        // As at Falk (Penn): a burger listed as the day's special (tier 1) and again as an everyday item (tier 3).
        var merged = StationListBuilder.Merge(
        [
            Dish("french fries", ["vegan"], 110, 3, false, allergens: ["soy"]),
            Dish("French Fries", ["kosher", "vegan"], 240, 1, true, "crispy", ["wheat"]),
        ]);

        Assert.That((merged.Name, merged.Description, merged.Tier, merged.Featured), Is.EqualTo(("French Fries", "crispy", (int?)1, (bool?)true)));
        Assert.That(merged.Tags, Is.EqualTo(new[] { "kosher", "vegan" }));
        Assert.That(merged.Allergens, Is.EqualTo(new[] { "soy", "wheat" }));
        Assert.That(merged.Calories, Is.Null, "110 and 240 kcal are two servings; neither is the dish's");
    }

    [Test]
    public void Calories_given_by_one_listing_only_are_kept_and_a_missing_description_is_taken_from_another()
    {
        var merged = StationListBuilder.Merge([Dish("Grapefruit Juice", tier: 1, featured: true), Dish("Grapefruit Juice", calories: 120, tier: 2, featured: false, description: "fresh")]);

        Assert.That((merged.Calories, merged.Description, merged.Featured), Is.EqualTo(((int?)120, "fresh", (bool?)true)));
    }

    [Test]
    public void Vendors_without_tiers_keep_their_first_listing_and_no_featured_flag()
    {
        var merged = StationListBuilder.Merge([Dish("Tofu", ["vegan"], 90, description: "first"), Dish("Tofu", ["halal"], 90, description: "second")]);

        Assert.That((merged.Description, merged.Calories, merged.Featured, merged.Tier), Is.EqualTo(("first", (int?)90, (bool?)null, (int?)null)));
        Assert.That(merged.Tags, Is.EqualTo(new[] { "halal", "vegan" }));
    }

    [TestCase("Missed Name")]
    [TestCase("missed name")]
    [TestCase("   ")]
    public void Placeholders_are_dropped_and_counted(string name)
    {
        var report = new ParseReport();
        var builder = new StationListBuilder(report);
        builder.Add("Salad Bar", Dish(name));
        builder.Add("Salad Bar", null);
        builder.Add("Grill", Dish("Burger"));
        builder.Drop(DroppedItemReason.Filler);

        Assert.That(builder.Build().Select(s => s.Name), Is.EqualTo(new[] { "Grill" }), "a station of placeholders is no station");
        Assert.That(report.DroppedItems, Is.EqualTo(new Dictionary<DroppedItemReason, int>
        {
            [DroppedItemReason.Placeholder] = 2,
            [DroppedItemReason.Filler] = 1,
        }));
    }

    private static bool SameDish(MenuItem a, MenuItem b) =>
        (a.Name, a.Description, a.Calories, a.Featured, a.Tier) == (b.Name, b.Description, b.Calories, b.Featured, b.Tier)
        && a.Tags.SequenceEqual(b.Tags) && a.Allergens.SequenceEqual(b.Allergens);
}
