using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Sodexo;

/// <summary>
/// Expected values were read from the excerpt with python3's json module, independently of the parser:
/// BRUNCH 13 groups / 48 items, DINNER 15 groups / 51 items, 99 in all.
/// </summary>
public sealed class SodexoMenuSectionsParserTests
{
    internal const string SectionsExcerpt = "sodexo/hoch_menu-sections_2025-11-15_excerpt.json";
    private static readonly DateOnly Saturday = new(2025, 11, 15);

    internal static DayMenu OpenDay(MenuReadResult result)
    {
        Assert.That(result.Succeeded, Is.True, () => result.Failure?.ToString() ?? string.Empty);
        var day = result.Days.Single();
        Assert.That(day.Status, Is.EqualTo(DayStatus.Open));
        return day;
    }

    /// <summary>
    /// The Hoch menu of 2025-11-15 as the excerpt holds it, less the daily filler "Have A Nice Day" (ingredients
    /// "Peripherals Fall Menu", alone in MISCELLANEOUS at both meals); shared with the location page tests.
    /// </summary>
    internal static void AssertHochSaturday(DayMenu day)
    {
        Assert.That(day.HallId, Is.EqualTo("hoch"));
        Assert.That(day.Date, Is.EqualTo(Saturday));
        Assert.That(day.Meals.Select(m => (m.Period, m.Label)), Is.EqualTo(new[] { (MealPeriod.Brunch, "BRUNCH"), (MealPeriod.Dinner, "DINNER") }));
        Assert.That(day.Meals.Select(m => m.ItemCount), Is.EqualTo(new[] { 47, 50 }));
        Assert.That(day.Meals.Select(m => m.Start), Is.All.Null, "the API carries no times");

        Assert.That(day.Meals[0].Stations.Select(s => s.Name), Is.EqualTo(new[]
        {
            "BAKERY", "CHEF CORNER", "EXHIBITION", "GRILL", "GROWN PLANT", "HMC SPECIAL SALAD", "OVEN",
            "SALAD BAR YOGURT", "SIMPLE SERVINGS", "SOUP BAR", "SPECIAL BAR SALAD- S", "VEGETABLE",
        }));
        Assert.That(day.Meals[0].Stations.Select(s => s.Items.Count), Is.EqualTo(new[] { 2, 5, 3, 13, 6, 1, 1, 4, 6, 2, 3, 1 }));
        Assert.That(day.Meals[1].Stations.Select(s => s.Items.Count), Is.EqualTo(new[] { 4, 5, 1, 1, 1, 4, 7, 6, 1, 4, 4, 6, 3, 3 }));
        Assert.That(day.Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).Select(i => i.Name), Has.None.EqualTo("Have A Nice Day"));
        Assert.That(day.Meals[1].Stations[3].Name, Is.EqualTo("ENTREE"));
        Assert.That(day.Meals[1].Stations[4].Name, Is.EqualTo("ENTREE - MEAL"));
    }

    private static DayMenu Hoch() => OpenDay(SodexoMenuSectionsParser.Parse(Captures.ReadText(SectionsExcerpt), "hoch", Saturday));

    private static MenuItem Item(DayMenu day, MealPeriod period, string station, string name) =>
        day.FindMeal(period)!.Stations.Single(s => s.Name == station).Items.Single(i => i.Name == name);

    [Test]
    public void Hoch_excerpt_has_brunch_and_dinner_with_their_stations_and_97_dishes()
    {
        var result = SodexoMenuSectionsParser.Parse(Captures.ReadText(SectionsExcerpt), "hoch", Saturday);
        var day = OpenDay(result);

        AssertHochSaturday(day);
        Assert.That(day.Meals.Sum(m => m.ItemCount), Is.EqualTo(97), "99 entries less the filler of each meal");
        Assert.That(result.Report.DroppedItems, Is.EqualTo(new Dictionary<DroppedItemReason, int> { [DroppedItemReason.Filler] = 2 }));
        Assert.That(result.Report.UnknownLabels, Is.Empty);
    }

    [Test]
    public void Items_carry_tags_allergens_calories_and_descriptions()
    {
        var day = Hoch();

        var bagel = Item(day, MealPeriod.Brunch, "BAKERY", "Plain Bagel");
        Assert.That(bagel.Description, Is.Null, "description is null");
        Assert.That(bagel.Calories, Is.EqualTo(290));
        Assert.That(bagel.Tags, Is.EqualTo(new[] { "plant-based", "vegetarian" }));
        Assert.That(bagel.Allergens, Is.EqualTo(new[] { "gluten", "wheat" }));

        // Raw '&' in names stays; vegan, vegetarian, plant-based and mindful all set.
        var bowl = Item(day, MealPeriod.Brunch, "GROWN PLANT", "Roasted Asian Tofu & Ginger Bowl");
        Assert.That(bowl.Calories, Is.EqualTo(450));
        Assert.That(bowl.Tags, Is.EqualTo(new[] { "mindful", "plant-based", "vegan", "vegetarian" }));
        Assert.That(bowl.Allergens, Is.EqualTo(new[] { "gluten", "sesame", "soy", "wheat" }));
        Assert.That(bowl.Description, Does.EndWith("toasted garlic & sweet chili sauce"));

        var tikka = Item(day, MealPeriod.Dinner, "CHEF CORNER", "Chicken Thigh Tikka");
        Assert.That(tikka.Tags, Is.Empty);
        Assert.That(tikka.Allergens, Is.EqualTo(new[] { "milk" }));
        Assert.That(tikka.Calories, Is.EqualTo(200));

        var okra = Item(day, MealPeriod.Dinner, "CHEF CORNER", "Okra Sauteed With Tomato");
        Assert.That(okra.Description, Is.EqualTo("Okra sautéed with onions, green peppers and tomatoes"));
        Assert.That(okra.Allergens, Is.Empty);
    }

    [Test]
    public void Empty_calories_and_descriptions_become_null()
    {
        var greens = Item(Hoch(), MealPeriod.Brunch, "SPECIAL BAR SALAD- S", "Spring Mix");

        Assert.That(greens.Calories, Is.Null, "calories is \"\"");
        Assert.That(greens.Description, Is.Null, "description is \"\"");
    }

    [Test]
    public void Entities_are_decoded_once_and_optional_fields_are_honoured()
    {
        const string Body = """
            [{"name": "LUNCH", "groups": [{"name": "  EXHIBITION SCR ", "items": [
              {"formalName": "Mac &amp; Cheese", "description": "Cheddar &amp;amp; jack", "calories": "310 kcal",
               "isVegetarian": "true", "isGlutenFree": true, "isVegan": null,
               "allergens": [{"name": "Milk", "contains": "true"}, {"name": "Egg", "contains": "false"}, {"name": "Tree Nut (Almond)"}, "Wheat", 7]},
              {"formalName": "   "},
              {"formalName": null},
              "not an item"
            ]}, {"name": null, "items": [{"formalName": "Fries"}]}]}]
            """;

        var lunch = OpenDay(SodexoMenuSectionsParser.Parse(Body, "hoch", Saturday)).Meals.Single();

        Assert.That(lunch.Period, Is.EqualTo(MealPeriod.Lunch));
        Assert.That(lunch.Stations.Select(s => s.Name), Is.EqualTo(new[] { "EXHIBITION", "Miscellaneous" }));
        var mac = lunch.Stations[0].Items.Single();
        Assert.That(mac.Name, Is.EqualTo("Mac & Cheese"));
        Assert.That(mac.Description, Is.EqualTo("Cheddar &amp; jack"), "decoded once, not until nothing is left");
        Assert.That(mac.Calories, Is.EqualTo(310));
        Assert.That(mac.Tags, Is.EqualTo(new[] { "gluten-free", "vegetarian" }));
        Assert.That(mac.Allergens, Is.EqualTo(new[] { "milk", "tree-nut", "wheat" }), "contains:false excludes");
    }

    [Test]
    public void An_empty_array_is_unpublished_not_closed()
    {
        var result = SodexoMenuSectionsParser.Parse("[]", "hoch", Saturday);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.DayFor(Saturday)!.Status, Is.EqualTo(DayStatus.Unpublished));
    }

    [Test]
    public void Meals_without_items_are_unpublished()
    {
        var result = SodexoMenuSectionsParser.Parse("""[{"name": "DINNER", "groups": []}]""", "hoch", Saturday);

        Assert.That(result.DayFor(Saturday)!.Status, Is.EqualTo(DayStatus.Unpublished));
    }

    [TestCase("")]
    [TestCase("  \n ")]
    [TestCase("<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>login</form></body></html>")]
    [TestCase("""{"message": "Invalid API key"}""")]
    [TestCase("""[{"name": "BRUNCH", "groups": [{"name": "BAKERY", "items": [{"formalName": "Plain""")]
    [TestCase("[1, 2, 3]")]
    [TestCase("null")]
    [TestCase("\"[]\"")]
    public void Hostile_bodies_are_malformed_failures(string body)
    {
        var result = SodexoMenuSectionsParser.Parse(body, "hoch", Saturday);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Failure!.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    [Test]
    public void A_truncated_real_menu_is_a_malformed_failure()
    {
        var text = Captures.ReadText(SectionsExcerpt);

        var result = SodexoMenuSectionsParser.Parse(text[..(text.Length / 2)], "hoch", Saturday);

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }
}
