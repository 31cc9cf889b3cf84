using System.Net;
using System.Text.Json;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>
/// The featured, allergens and exclude filters on the three menu routes, through the real pipeline on the captures.
/// The Collins featured items are counted from the page's <c>Bamco.menu_items</c> (<c>special</c>) by
/// <see cref="BamcoPageReading"/>, not by the parser; Frary's allergens come from its Eatec feed.
/// </summary>
public sealed class MenuFiltersTests : CapturedServiceTests
{
    private const string CollinsPage = "bonappetit/collins_2026-02-07.html";

    private static readonly Dictionary<string, string?> WideWindow = new()
    {
        ["Menus:MaxDaysBack"] = "120",
        ["Menus:MaxDaysAhead"] = "120",
    };

    protected override MenusApiFactory CreateFactory(Uri upstream) => MenusApiFactory.Create(upstream, WideWindow);

    [Test]
    public async Task Featured_on_the_day_route_keeps_exactly_the_featured_items_and_every_meal()
    {
        var dishes = BamcoPageReading.Read(Captures.ReadText(CollinsPage));
        var featured = dishes.Where(d => d.Featured).Select(MenuJson.KeyOf).ToList();
        Assert.That(featured, Has.Count.GreaterThan(0).And.Count.LessThan(dishes.Count), "Collins lists specials and other tiers");

        var day = await Client.GetOkJsonAsync("/api/v2/halls/collins/menus/2026-02-07?featured=true");

        Assert.That(MenuJson.DayItems(day).Select(i => i.Key), Is.EquivalentTo(featured));
        Assert.That(MenuJson.DayItems(day).Select(i => i.Featured), Has.All.True);
        Assert.That(day.GetProperty("meals").EnumerateArray().Select(m => m.GetProperty("meal").GetString()), Is.EqualTo(new[] { "brunch", "dinner" }));
        Assert.That(MenuJson.Stations(day).Select(s => s.GetProperty("items").GetArrayLength()), Has.All.GreaterThan(0), "emptied stations are dropped");
    }

    [TestCase("brunch", "Brunch")]
    [TestCase("dinner", "Dinner")]
    public async Task Featured_on_the_meal_route_keeps_exactly_the_featured_items_of_the_meal(string meal, string label)
    {
        var featured = BamcoPageReading.Read(Captures.ReadText(CollinsPage)).Where(d => d.Featured && d.Meal == label).Select(MenuJson.KeyOf).ToList();

        var answer = await Client.GetOkJsonAsync($"/api/v2/menus?hall_id=collins&date=2026-02-07&meal={meal}&featured=true");

        Assert.That(MenuJson.StationItems(answer, label).Select(i => i.Key), Is.EquivalentTo(featured));
        Assert.That(MenuJson.Stations(answer).Select(s => s.GetProperty("items").GetArrayLength()), Has.All.GreaterThan(0));
    }

    [Test]
    public async Task Featured_on_the_range_route_filters_each_day_as_the_day_route_does()
    {
        var day = await Client.GetOkJsonAsync("/api/v2/halls/collins/menus/2026-02-07?featured=true");

        var range = await Client.GetOkJsonAsync("/api/v2/halls/collins/menus?from=2026-02-07&to=2026-02-07&featured=true");

        Assert.That(range.GetProperty("days")[0].GetRawText(), Is.EqualTo(day.GetRawText()));
    }

    [TestCase("&featured=false")]
    [TestCase("&featured=")]
    [TestCase("&featured=FALSE")]
    public async Task Featured_false_or_empty_keeps_every_tier(string featured)
    {
        var all = await Client.GetOkJsonAsync("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=brunch");

        var answer = await Client.GetOkJsonAsync("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=brunch" + featured);

        Assert.That(answer.GetProperty("stations").GetRawText(), Is.EqualTo(all.GetProperty("stations").GetRawText()));
    }

    [Test]
    public async Task Featured_keeps_the_whole_menu_of_a_source_without_featured_items()
    {
        var all = await Client.GetOkJsonAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");

        var featured = await Client.GetOkJsonAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner&featured=true");

        Assert.That(MenuJson.StationItems(all, "Dinner").Select(i => i.Featured), Has.All.Null, "Eatec has no featured notion");
        Assert.That(featured.GetProperty("stations").GetRawText(), Is.EqualTo(all.GetProperty("stations").GetRawText()));
    }

    [Test]
    public async Task Exclude_gluten_also_drops_what_eatec_flags_as_wheat()
    {
        var all = MenuJson.StationItems(await Client.GetOkJsonAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner"), "Dinner");
        var wheat = all.Where(i => i.Allergens.Contains("wheat")).ToList();
        Assert.That(wheat, Is.Not.Empty, "Frary's dinner has wheat dishes");
        Assert.That(wheat.SelectMany(i => i.Allergens), Has.None.EqualTo("gluten"), "Eatec says wheat, never gluten");

        var answer = await Client.GetOkJsonAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner&exclude=gluten");
        var found = await Client.GetOkJsonAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner&allergens=gluten");

        Assert.That(MenuJson.StationItems(answer, "Dinner").Select(i => i.Key), Is.EquivalentTo(all.Except(wheat).Select(i => i.Key)));
        Assert.That(MenuJson.StationItems(found, "Dinner").Select(i => i.Key), Is.EquivalentTo(wheat.Select(i => i.Key)));
    }

    [Test]
    public async Task The_filters_combine_and_run_on_the_one_cached_day()
    {
        var all = MenuJson.StationItems(await Client.GetOkJsonAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner"), "Dinner");
        var expected = all.Where(i => (i.Tags.Contains("vegan") || i.Tags.Contains("vegetarian")) && !i.Allergens.Contains("milk") && !i.Allergens.Contains("soy"));

        var answer = await Client.GetOkJsonAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner&tags=vegetarian&exclude=soy,milk&featured=true");

        Assert.That(MenuJson.StationItems(answer, "Dinner").Select(i => i.Key), Is.EquivalentTo(expected.Select(i => i.Key)));
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frary.json"), Is.LessThanOrEqualTo(1));
    }

    [TestCase("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner&")]
    [TestCase("/api/v2/halls/frary/menus/2025-12-01?")]
    [TestCase("/api/v2/halls/frary/menus?from=2025-12-01&to=2025-12-02&")]
    public async Task An_unknown_allergen_is_400_naming_the_vocabulary(string route)
    {
        using var exclude = await Client.GetAsync(route + "exclude=peanut,mustard");
        using var allergens = await Client.GetAsync(route + "allergens=celery");

        await exclude.AssertProblemAsync(HttpStatusCode.BadRequest, "Unknown allergen 'mustard' in exclude: use egg, milk, soy, sesame, peanut, tree-nut, fish, shellfish, wheat, gluten.");
        await allergens.AssertProblemAsync(HttpStatusCode.BadRequest, "Unknown allergen 'celery' in allergens");
        var problem = await exclude.ReadJsonAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "exclude" }));
    }

    [TestCase("exclude", "Peanut")]
    [TestCase("exclude", "tree nut")]
    [TestCase("allergens", "egg,,milk")]
    [TestCase("allergens", "egg;milk")]
    public async Task A_malformed_allergen_list_is_400(string parameter, string value)
    {
        using var response = await Client.GetAsync($"/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner&{parameter}={Uri.EscapeDataString(value)}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, $"Invalid {parameter} '{value}': use comma-separated allergens");
    }

    [TestCase("yes")]
    [TestCase("1")]
    [TestCase("only")]
    public async Task A_featured_that_is_not_true_or_false_is_400(string value)
    {
        using var response = await Client.GetAsync($"/api/v2/halls/collins/menus/2026-02-07?featured={value}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, $"Invalid featured '{value}': use true or false.");
        var problem = await response.ReadJsonAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "featured" }));
    }

    [Test]
    public async Task Every_bad_filter_is_named_at_once_and_upstream_is_not_asked()
    {
        Upstream.ResetCounts();

        using var response = await Client.GetAsync("/api/v2/halls/collins/menus/2026-02-08?tags=Vegan&featured=maybe&allergens=mustard&exclude=Egg");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "Invalid tags");
        var problem = await response.ReadJsonAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "tags", "featured", "allergens", "exclude" }));
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }
}
