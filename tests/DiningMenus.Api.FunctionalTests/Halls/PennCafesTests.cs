using System.Net;
using System.Text.Json;
using DiningMenus.Tests.Shared;
using Microsoft.Extensions.Configuration;

namespace DiningMenus.Api.FunctionalTests.Halls;

/// <summary>
/// Any café from configuration alone: the three University of Pennsylvania cafés of the 2026-04-24 captures, added
/// beside the seven Claremont halls by <c>Fixtures/penn-cafes.json</c> (one <c>Halls:&lt;id&gt;</c> entry each, no
/// code), their pages served by the fake upstream and read through the real pipeline. Each answer is checked against
/// <see cref="BamcoPageReading"/>, a reading of the page's JSON done without the parser.
/// </summary>
public sealed class PennCafesTests : CapturedServiceTests
{
    private const string Date = "2026-04-24";

    private static readonly object[] Cafes =
    [
        new object[] { "penn-1920-commons", "bonappetit-other-campuses/1920-commons-2026-04-24.html" },
        new object[] { "penn-falk", "bonappetit-other-campuses/falk-kosher-2026-04-24.html" },
        new object[] { "penn-hill-house", "bonappetit-other-campuses/hill-house-2026-04-24.html" },
    ];

    /// <summary>The Penn cafés' configuration, as the flat keys the service reads (<c>Halls:penn-falk:Vendor</c>, …).</summary>
    public static Dictionary<string, string?> PennCafesSettings() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "penn-cafes.json"), optional: false)
            .Build()
            .AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value);

    protected override MenusApiFactory CreateFactory(Uri upstream)
    {
        var settings = PennCafesSettings();
        // The Penn pages are of 2026-04-24 and the Claremont captures of 2025-11 … 2026-02.
        settings["Menus:MaxDaysBack"] = "200";
        var friday = new DateTimeOffset(2026, 4, 24, 19, 0, 0, TimeSpan.Zero);
        return new MenusApiFactory(upstream, new SettableClock(friday), settings);
    }

    [Test]
    public async Task The_cafes_are_listed_after_the_seven_halls_with_their_college_and_colour()
    {
        using var response = await Client.GetAsync("/api/v2/halls");

        var halls = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.That(halls.Select(h => h.GetProperty("id").GetString()), Is.EqualTo(new[]
        {
            "frank", "frary", "oldenborg", "collins", "malott", "mcconnell", "hoch", "penn-1920-commons", "penn-falk", "penn-hill-house",
        }));
        var falk = halls.Single(h => h.GetProperty("id").GetString() == "penn-falk");
        Assert.That(
            (falk.GetProperty("name").GetString(), falk.GetProperty("college").GetString(), falk.GetProperty("vendor_type").GetString(), falk.GetProperty("color").GetString()),
            Is.EqualTo(("Falk Dining Commons", "penn", "bonappetit", "#011F5B")));
    }

    [Test]
    public async Task The_claremont_halls_are_served_as_before_beside_them()
    {
        using var response = await Client.GetAsync("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=brunch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(MenuJson.StationItems(await response.ReadJsonAsync(), "Brunch"), Has.Count.GreaterThan(100));
    }

    [TestCaseSource(nameof(Cafes))]
    public async Task Every_item_matches_an_independent_reading_of_the_page(string hall, string capture)
    {
        var expected = BamcoPageReading.Read(Captures.ReadText(capture));

        var day = await DayAsync(hall, string.Empty);

        Assert.That((day.GetProperty("status").GetString(), day.GetProperty("source").GetString()), Is.EqualTo(("open", "bonappetit-page")));
        var served = MenuJson.DayItems(day).ToDictionary(item => item.Key);
        Assert.That(served.Keys, Is.EquivalentTo(expected.Select(MenuJson.KeyOf)), "the same dishes, each once, under the same meal and station");
        foreach (var dish in expected)
        {
            var item = served[MenuJson.KeyOf(dish)];
            Assert.That(item.Name, Is.EqualTo(dish.Name).IgnoreCase, MenuJson.KeyOf(dish));
            Assert.That(item.Tags, Is.EqualTo(dish.Tags), $"tags of {MenuJson.KeyOf(dish)}");
            Assert.That(item.Allergens, Is.EqualTo(dish.Allergens), $"allergens of {MenuJson.KeyOf(dish)}");
            Assert.That((item.Featured, item.Tier), Is.EqualTo(((bool?)dish.Featured, (int?)dish.Tier)), $"featured and tier of {MenuJson.KeyOf(dish)}");
        }
    }

    [TestCaseSource(nameof(Cafes))]
    public async Task Allergen_icons_are_only_allergens_and_every_tag_is_in_the_published_vocabulary(string hall, string capture)
    {
        using var vocabularyResponse = await Client.GetAsync("/api/v2/tags");
        var vocabulary = await vocabularyResponse.ReadJsonAsync();
        var tagWords = Ids(vocabulary.GetProperty("tags"));
        var allergenWords = Ids(vocabulary.GetProperty("allergens"));

        var items = MenuJson.DayItems(await DayAsync(hall, string.Empty));

        Assert.That(items.SelectMany(i => i.Tags), Has.All.Matches<string>(tagWords.Contains), "every tag is a word of GET /api/v2/tags");
        Assert.That(items.SelectMany(i => i.Tags), Has.None.Matches<string>(allergenWords.Contains), "no allergen among the tags");
        Assert.That(items.SelectMany(i => i.Allergens), Has.All.Matches<string>(allergenWords.Contains));
        var withAllergenIcons = BamcoPageReading.Read(Captures.ReadText(capture)).Count(d => d.AllergenSlugs.Count > 0);
        Assert.That(items.Count(i => i.Allergens.Count > 0), Is.EqualTo(withAllergenIcons).And.GreaterThan(0), "every item with allergen icons has allergens");
    }

    [TestCaseSource(nameof(Cafes))]
    public async Task Exclude_egg_and_milk_drops_exactly_the_items_with_those_icons(string hall, string capture)
    {
        var dishes = BamcoPageReading.Read(Captures.ReadText(capture));
        var kept = dishes.Where(d => !d.AllergenSlugs.Contains("egg") && !d.AllergenSlugs.Contains("milk")).Select(MenuJson.KeyOf).ToList();
        Assert.That(kept, Has.Count.LessThan(dishes.Count), "the page has egg or milk dishes to drop");

        var day = await DayAsync(hall, "?exclude=egg,milk");

        Assert.That(MenuJson.DayItems(day).Select(i => i.Key), Is.EquivalentTo(kept));
        Assert.That(MenuJson.Stations(day).Select(s => s.GetProperty("items").GetArrayLength()), Has.All.GreaterThan(0), "emptied stations are dropped");
        Assert.That(day.GetProperty("meals").GetArrayLength(), Is.EqualTo(dishes.Select(d => d.Meal).Distinct().Count()), "meals stay");
    }

    [TestCaseSource(nameof(Cafes))]
    public async Task Allergens_finds_exactly_the_items_with_those_icons(string hall, string capture)
    {
        var expected = BamcoPageReading.Read(Captures.ReadText(capture))
            .Where(d => d.AllergenSlugs.Contains("wheat-gluten") && d.AllergenSlugs.Contains("soy")).Select(MenuJson.KeyOf).ToList();
        Assert.That(expected, Is.Not.Empty);

        var day = await DayAsync(hall, "?allergens=soy,gluten");

        Assert.That(MenuJson.DayItems(day).Select(i => i.Key), Is.EquivalentTo(expected));
    }

    private Task<JsonElement> DayAsync(string hall, string query) => Client.GetOkJsonAsync($"/api/v2/halls/{hall}/menus/{Date}{query}");

    private static HashSet<string> Ids(JsonElement terms) => [.. terms.EnumerateArray().Select(t => t.GetProperty("id").GetString()!)];
}
