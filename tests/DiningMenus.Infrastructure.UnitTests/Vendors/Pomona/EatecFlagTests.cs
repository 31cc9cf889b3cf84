using System.Text.Json;
using System.Text.RegularExpressions;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Pomona;

/// <summary>Eatec's yes/no spellings: current feeds write "Yes"/"No", older ones "Y"/"N".</summary>
public sealed partial class EatecFlagTests
{
    private const string FraryWeek = "pomona/frary_eatec_2025-12-01_to_2025-12-07.json";

    private static string AsJsonp(string json) => "/**/ menuData(" + json + ");";

    private static string Serialized(MenuReadResult result) => JsonSerializer.Serialize(result.Days);

    [Test]
    public void A_week_with_Y_and_N_flags_parses_exactly_like_the_Yes_and_No_original()
    {
        var original = Captures.ReadText(FraryWeek);
        // Every "Yes"/"No" value of the real week (display, approved nutrition, dietary choices, allergens) as older feeds spell them.
        var older = YesValue().Replace(NoValue().Replace(original, "\"N\""), "\"Y\"");
        Assert.That(older, Does.Not.Contain("\"Yes\"").And.Not.Contain("\"No\""));

        var expected = EatecFeedParser.Parse(AsJsonp(original), "frary");
        var actual = EatecFeedParser.Parse(AsJsonp(older), "frary");

        Assert.That(actual.Days.Sum(d => d.Meals.Sum(m => m.ItemCount)), Is.GreaterThan(400));
        Assert.That(Serialized(actual), Is.EqualTo(Serialized(expected)));
        Assert.That((actual.Report.IsEmpty, expected.Report.IsEmpty), Is.EqualTo((true, true)));
    }

    [TestCase("Y", true)]
    [TestCase("yes", true)]
    [TestCase("TRUE", true)]
    [TestCase("1", true)]
    [TestCase(" Yes ", true)]
    [TestCase("n", false)]
    [TestCase("NO", false)]
    [TestCase("False", false)]
    [TestCase("0", false)]
    public void Known_spellings_are_read_in_any_case(string value, bool expected)
    {
        var report = new ParseReport();

        Assert.That(EatecFlag.Read(value, report), Is.EqualTo(expected));
        Assert.That(report.IsEmpty, Is.True);
    }

    [Test]
    public void An_unknown_display_flag_shows_the_dish_and_is_reported()
    {
        const string Feed = """
            {"EatecExchange": {"menu": {"@servedate": "20251201", "@mealperiodname": "Dinner", "recipes": {"recipe": [
              {"@category": "Mainline", "@shortName": "Penne Pasta", "@displayonwebsite": "Maybe"},
              {"@category": "Mainline", "@shortName": "Pad Thai"},
              {"@category": "Mainline", "@shortName": "Hidden Stew", "@displayonwebsite": "N"},
              {"@category": "Mainline", "@shortName": "Shown Stew", "@displayonwebsite": "y"}]}}}}
            """;

        var result = EatecFeedParser.Parse(Feed, "frary");

        var names = result.Days.Single().Meals.Single().Stations.Single().Items.Select(i => i.Name);
        Assert.That(names, Is.EqualTo(new[] { "Penne Pasta", "Pad Thai", "Shown Stew" }));
        Assert.That(result.Report.UnknownLabels, Is.EqualTo(new Dictionary<UnknownVendorLabel, int>
        {
            [new(VendorLabelKind.Flag, "Maybe")] = 1,
            [new(VendorLabelKind.Flag, "(missing)")] = 1,
        }));
        Assert.That(result.Report.DroppedItems, Is.Empty, "a dish the kitchen hid is not a dropped entry");
    }

    [Test]
    public void Tags_and_allergens_come_from_the_vocabulary_and_meat_flags_are_not_tags()
    {
        const string Feed = """
            {"EatecExchange": {"menu": {"@servedate": "20251201", "@mealperiodname": "Dinner", "recipes": {"recipe":
              {"@category": "Mainline", "@shortName": "Pork Adobo", "@displayonwebsite": "Yes",
               "dietaryChoices": {"dietaryChoice": [{"@id": "Gluten Free", "#text": "Y"}, {"@id": "Contains Pork", "#text": "Yes"},
                                                    {"@id": "Keto", "#text": "Yes"}]},
               "sustainability": {"dietaryChoice": {"@id": "Humanely Raised", "#text": "Yes"}},
               "allergens": {"allergen": [{"@id": "Soy", "#text": "Yes"}, {"@id": "Tree Nut (Pine Nut)", "#text": "Y"}, {"@id": "Egg", "#text": "No"}]}}}}}}
            """;

        var result = EatecFeedParser.Parse(Feed, "frary");

        var adobo = result.Days.Single().Meals.Single().Stations.Single().Items.Single();
        Assert.That(adobo.Tags, Is.EqualTo(new[] { "gluten-free", "humane" }));
        Assert.That(adobo.Allergens, Is.EqualTo(new[] { "soy", "tree-nut" }));
        Assert.That(result.Report.UnknownLabels.Keys, Is.EqualTo(new[] { new UnknownVendorLabel(VendorLabelKind.Diet, "Keto") }));
    }

    [GeneratedRegex(@"""Yes""")]
    private static partial Regex YesValue();

    [GeneratedRegex(@"""No""")]
    private static partial Regex NoValue();
}
