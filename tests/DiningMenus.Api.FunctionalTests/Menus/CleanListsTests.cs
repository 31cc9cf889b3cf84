using System.Net;
using System.Text.Json;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>
/// What clients see of the lists the vendors publish, at the API: Collins' brunch without a name twice in a station or
/// a placeholder, and Hoch without Sodexo's daily filler "dish", from every Hoch capture (the menu API's and the
/// location page's, both of 2025-11-15) on every route. Each test first checks, without the parser, that the capture
/// does hold what must be gone.
/// </summary>
public sealed class CleanListsTests : CapturedUpstreamTests
{
    private const string Filler = "Have A Nice Day";

    /// <summary>Noon in Claremont on the Hoch captures' date (the location page shows the menu of the UTC date).</summary>
    private static readonly DateTimeOffset HochDay = new(2025, 11, 15, 20, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Collins_brunch_has_no_name_twice_in_one_station_and_no_placeholder()
    {
        var listings = BamcoPageReading.Listings(Captures.ReadText("bonappetit/collins_2026-02-07.html")).Where(l => l.Meal == "Brunch").ToList();
        Assert.That(listings.Count(l => l.IsPlaceholder), Is.GreaterThan(0), "the page lists placeholders at brunch");
        Assert.That(listings.GroupBy(l => (l.Station, l.Name.ToLowerInvariant())).Count(g => g.Count() > 1), Is.GreaterThan(0), "the page lists names twice in a station");
        var settings = new Dictionary<string, string?> { ["Menus:MaxDaysAhead"] = "120" };
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, settings);
        using var client = factory.CreateClient();

        var meal = await client.GetOkJsonAsync("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=brunch");
        var day = await client.GetOkJsonAsync("/api/v2/halls/collins/menus/2026-02-07");

        var brunchOfDay = day.GetProperty("meals").EnumerateArray().Single(m => m.GetProperty("meal").GetString() == "brunch");
        foreach (var brunch in new[] { meal, brunchOfDay })
        {
            foreach (var station in brunch.GetProperty("stations").EnumerateArray())
            {
                var names = station.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!.ToLowerInvariant()).ToList();
                Assert.That(names, Is.Unique, station.GetProperty("name").GetString());
                Assert.That(names, Has.None.EqualTo("missed name").And.None.Empty);
            }
        }

        Assert.That(MenuJson.StationItems(meal, "Brunch"), Has.Count.EqualTo(BamcoPageReading.Read(Captures.ReadText("bonappetit/collins_2026-02-07.html")).Count(d => d.Meal == "Brunch")));
    }

    [Test]
    public async Task Hoch_filler_is_gone_from_the_menu_api_answers()
    {
        Assert.That(Captures.ReadText("sodexo/hoch_menu-sections_2025-11-15_excerpt.json"), Does.Contain($"\"{Filler}\""));
        await using var factory = new MenusApiFactory(Upstream.BaseAddress, new SettableClock(HochDay));
        using var client = factory.CreateClient();

        await AssertNoFillerOnEveryRouteAsync(client, "sodexo-api");
    }

    [Test]
    public async Task Hoch_filler_is_gone_from_the_location_page_answers()
    {
        Assert.That(Captures.ReadText("sodexo/hoch_preloaded-state-capture_2025-11-15.json"), Does.Contain($"\"{Filler}\""));
        await Upstream.AddHoursPagesAsync();
        // Without the API key the menu API source stands aside and the location page answers.
        var settings = new Dictionary<string, string?> { ["Sodexo:ApiKey"] = string.Empty };
        await using var factory = new MenusApiFactory(Upstream.BaseAddress, new SettableClock(HochDay), settings);
        using var client = factory.CreateClient();

        await AssertNoFillerOnEveryRouteAsync(client, "sodexo-location-page");
    }

    private static async Task AssertNoFillerOnEveryRouteAsync(HttpClient client, string source)
    {
        var day = await client.GetOkJsonAsync("/api/v2/halls/hoch/menus/2025-11-15");
        var range = await client.GetOkJsonAsync("/api/v2/halls/hoch/menus?from=2025-11-15&to=2025-11-15");
        Assert.That(day.GetProperty("source").GetString(), Is.EqualTo(source));
        var meals = day.GetProperty("meals").EnumerateArray().Select(m => m.GetProperty("meal").GetString()!).ToList();
        Assert.That(meals, Is.Not.Empty);

        var answers = new List<(string Route, List<MenuJson.ServedItem> Items, IEnumerable<JsonElement> Stations)>
        {
            ("day", MenuJson.DayItems(day), MenuJson.Stations(day)),
            ("range", MenuJson.DayItems(range.GetProperty("days")[0]), MenuJson.Stations(range.GetProperty("days")[0])),
        };
        foreach (var meal in meals)
        {
            var answer = await client.GetOkJsonAsync($"/api/v2/menus?hall_id=hoch&date=2025-11-15&meal={meal}");
            answers.Add(($"meal {meal}", MenuJson.StationItems(answer, meal), MenuJson.Stations(answer)));
        }

        foreach (var (route, items, stations) in answers)
        {
            Assert.That(items, Is.Not.Empty, route);
            Assert.That(items.Select(i => i.Name), Has.None.EqualTo(Filler).IgnoreCase, route);
            Assert.That(stations.Select(s => s.GetProperty("items").GetArrayLength()), Has.All.GreaterThan(0), $"{route}: no station is left holding nothing");
        }
    }
}
