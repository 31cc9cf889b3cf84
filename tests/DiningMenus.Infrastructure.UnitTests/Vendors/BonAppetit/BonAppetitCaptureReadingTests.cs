using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.BonAppetit;

/// <summary>
/// Every Bon Appétit capture through the parser, against <see cref="BamcoPageReading"/>: the three Claremont pages of
/// 2026-02-07 and the three University of Pennsylvania pages of 2026-04-24, whose icon list holds allergen icons.
/// </summary>
public sealed class BonAppetitCaptureReadingTests
{
    private static readonly object[] Pages =
    [
        new object[] { "bonappetit/collins_2026-02-07.html", new DateOnly(2026, 2, 7) },
        new object[] { "bonappetit/malott_2026-02-07.html", new DateOnly(2026, 2, 7) },
        new object[] { "bonappetit/mcconnell_2026-02-07.html", new DateOnly(2026, 2, 7) },
        new object[] { "bonappetit-other-campuses/1920-commons-2026-04-24.html", new DateOnly(2026, 4, 24) },
        new object[] { "bonappetit-other-campuses/falk-kosher-2026-04-24.html", new DateOnly(2026, 4, 24) },
        new object[] { "bonappetit-other-campuses/hill-house-2026-04-24.html", new DateOnly(2026, 4, 24) },
    ];

    [TestCaseSource(nameof(Pages))]
    public void Every_dish_matches_an_independent_reading_of_the_page(string capture, DateOnly date)
    {
        var html = Captures.ReadText(capture);
        var expected = BamcoPageReading.Read(html);
        var result = BonAppetitPageParser.Parse(html, "page", date);
        Assert.That(result.Succeeded, Is.True, () => result.Failure!.ToString());
        var day = result.DayFor(date)!;

        var actual = day.Meals.SelectMany(m => m.Stations.SelectMany(s => s.Items.Select(i => (Meal: m.Label, Station: s.Name, Item: i)))).ToList();
        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        foreach (var dish in expected)
        {
            var found = actual.Where(a => a.Meal == dish.Meal && a.Station == dish.Station && a.Item.Name.Equals(dish.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.That(found, Has.Count.EqualTo(1), $"{dish.Meal} / {dish.Station} / {dish.Name}");
            var item = found[0].Item;
            Assert.That(item.Tags, Is.EqualTo(dish.Tags), $"tags of {dish.Name}");
            Assert.That(item.Allergens, Is.EquivalentTo(dish.Allergens), $"allergens of {dish.Name}");
            Assert.That((item.Featured, item.Tier), Is.EqualTo(((bool?)dish.Featured, (int?)dish.Tier)), $"featured and tier of {dish.Name}");
        }

        Assert.That(result.Report.UnknownLabels, Is.Empty, "every icon of the page is in a vocabulary");
    }

    [TestCaseSource(nameof(Pages))]
    public void Allergen_icons_are_allergens_never_tags_and_every_tag_is_in_the_vocabulary(string capture, DateOnly date)
    {
        var items = BonAppetitPageParser.Parse(Captures.ReadText(capture), "page", date).DayFor(date)!
            .Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).ToList();

        Assert.That(items.SelectMany(i => i.Tags), Has.All.Matches<string>(DietaryTags.Vocabulary.Contains));
        Assert.That(items.SelectMany(i => i.Tags), Has.None.Matches<string>(Allergens.Vocabulary.Contains));
        Assert.That(items.SelectMany(i => i.Allergens), Has.All.Matches<string>(Allergens.Vocabulary.Contains));
    }

    [Test]
    public void Penn_pages_publish_their_allergens_and_new_diet_labels()
    {
        var hill = BonAppetitPageParser.Parse(Captures.ReadText("bonappetit-other-campuses/hill-house-2026-04-24.html"), "hill", new DateOnly(2026, 4, 24))
            .Days.Single().Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).ToList();
        var falk = BonAppetitPageParser.Parse(Captures.ReadText("bonappetit-other-campuses/falk-kosher-2026-04-24.html"), "falk", new DateOnly(2026, 4, 24))
            .Days.Single().Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).ToList();

        Assert.That(hill.SelectMany(i => i.Allergens).Distinct().Order(), Is.EqualTo(new[]
        {
            "egg", "fish", "gluten", "milk", "peanut", "sesame", "shellfish", "soy", "tree-nut", "wheat",
        }));
        Assert.That(hill.SelectMany(i => i.Tags).Distinct().Order(), Is.EquivalentTo(new[]
        {
            "ask-us", "farm-to-fork", "humane", "locally-crafted", "seafood-watch", "vegan", "vegetarian",
        }));
        Assert.That(falk.Count(i => i.Tags.Contains("kosher")), Is.GreaterThan(falk.Count * 9 / 10), "Falk is a kosher cafe");
    }

    [Test]
    public void Collins_brunch_has_no_name_twice_in_a_station_and_no_placeholder()
    {
        var result = BonAppetitPageParser.Parse(Captures.ReadText("bonappetit/collins_2026-02-07.html"), "collins", new DateOnly(2026, 2, 7));
        var brunch = result.Days.Single().FindMeal(MealPeriod.Brunch)!;

        foreach (var station in brunch.Stations)
        {
            Assert.That(station.Items.Select(i => i.Name.ToLowerInvariant()), Is.Unique, station.Name);
        }

        Assert.That(brunch.Stations.SelectMany(s => s.Items).Select(i => i.Name), Has.None.EqualTo("Missed Name").IgnoreCase.And.None.Empty);
        // Three "missed name" salad-bar entries in each of brunch and dinner.
        Assert.That(result.Report.DroppedItems[Application.Common.Models.DroppedItemReason.Placeholder], Is.EqualTo(6));
    }

    [TestCaseSource(nameof(Pages))]
    public void The_featured_dishes_are_exactly_the_specials(string capture, DateOnly date)
    {
        var html = Captures.ReadText(capture);
        var specials = BamcoPageReading.Read(html).Count(d => d.Featured);

        var featured = BonAppetitPageParser.Parse(html, "page", date).DayFor(date)!
            .Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).Count(i => i.Featured == true);

        Assert.That(featured, Is.EqualTo(specials).And.GreaterThan(0));
    }
}
