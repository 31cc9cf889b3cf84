using System.Net;
using System.Text.Json;
using DiningMenus.FakeUpstream;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>
/// A real meal of every hall through GET /api/v2/menus, each vendor's capture served by the fake upstream.
/// Counts were read from the captures with python3, independently of the parsers.
/// </summary>
public sealed class AllHallsTests : CapturedUpstreamTests
{
    /// <summary>The captures span 2025-11-15 … 2026-02-07: widen the served window around the test clock.</summary>
    private static readonly Dictionary<string, string?> WideWindow = new()
    {
        ["Menus:MaxDaysBack"] = "120",
        ["Menus:MaxDaysAhead"] = "120",
    };

    [TestCase("frank", "2025-12-01", "dinner", "dinner", "eatec-feed", 8, 32)]
    [TestCase("frary", "2025-12-01", "dinner", "dinner", "eatec-feed", 7, 25)]
    [TestCase("oldenborg", "2025-12-01", "lunch", "lunch", "eatec-feed", 5, 12)]
    [TestCase("collins", "2026-02-07", "brunch", "brunch", "bonappetit-page", 15, 205)]
    [TestCase("malott", "2026-02-07", "lunch", "lunch", "bonappetit-page", 9, 153)]
    [TestCase("mcconnell", "2026-02-07", "dinner", "dinner", "bonappetit-page", 13, 210)]
    [TestCase("hoch", "2025-11-15", "dinner", "dinner", "sodexo-api", 14, 50)]
    public async Task Every_hall_answers_a_real_meal(string hall, string date, string asked, string served, string source, int stations, int items)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, WideWindow);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/v2/menus?hall_id={hall}&date={date}&meal={asked}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var menu = await response.ReadJsonAsync();
        Assert.That(menu.GetProperty("meal").GetString(), Is.EqualTo(served));
        Assert.That(menu.GetProperty("source").GetString(), Is.EqualTo(source));
        var stationList = menu.GetProperty("stations").EnumerateArray().ToList();
        Assert.That(stationList, Has.Count.EqualTo(stations));
        Assert.That(stationList.Sum(s => s.GetProperty("items").GetArrayLength()), Is.EqualTo(items));
    }

    [Test]
    public async Task Bon_appetit_meals_carry_their_times_and_tiers()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, WideWindow);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=brunch");

        var menu = await response.ReadJsonAsync();
        Assert.That(menu.GetProperty("start_time").GetString(), Is.EqualTo("10:30"));
        Assert.That(menu.GetProperty("end_time").GetString(), Is.EqualTo("12:30"));
        var tiers = menu.GetProperty("stations").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray())
            .GroupBy(i => i.GetProperty("tier").GetInt32()).OrderBy(g => g.Key).Select(g => g.Count());
        Assert.That(tiers, Is.EqualTo(new[] { 19, 123, 63 }), "specials, additional favourites, condiments and extras are all kept");
    }

    [TestCase("collins", "2026-02-07", "dinner", UpstreamFault.Garbage)]
    [TestCase("hoch", "2025-11-15", "brunch", UpstreamFault.ServerError)]
    [TestCase("frank", "2025-12-02", "dinner", UpstreamFault.Truncate)]
    [TestCase("malott", "2026-02-07", "dinner", UpstreamFault.Hang)]
    public async Task A_failing_source_after_a_good_fetch_serves_the_stale_copy_and_never_caches_the_failure(
        string hall, string date, string meal, UpstreamFault fault)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, WideWindow);
        using var client = factory.CreateClient();
        var url = $"/api/v2/menus?hall_id={hall}&date={date}&meal={meal}";
        using var fresh = await client.GetAsync(url);
        var good = await fresh.ReadJsonAsync();
        await factory.ExpireFreshDayAsync(hall, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Upstream.Fault = fault;

        using var stale = await client.GetAsync(url);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var staleMenu = await stale.ReadJsonAsync();
        Assert.That(staleMenu.GetProperty("is_stale").GetBoolean(), Is.True);
        Assert.That(Stations(staleMenu), Is.EqualTo(Stations(good)));

        // Once the source recovers and the short stale entry is gone, a fresh copy comes back.
        Upstream.Fault = UpstreamFault.None;
        await factory.ExpireFreshDayAsync(hall, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        using var recovered = await client.GetAsync(url);
        var recoveredMenu = await recovered.ReadJsonAsync();
        Assert.That(recoveredMenu.GetProperty("is_stale").GetBoolean(), Is.False);
        Assert.That(Stations(recoveredMenu), Is.EqualTo(Stations(good)));
    }

    [TestCase(UpstreamFault.Garbage)]
    [TestCase(UpstreamFault.Truncate)]
    [TestCase(UpstreamFault.ServerError)]
    public async Task With_nothing_good_ever_fetched_a_failing_source_is_503(UpstreamFault fault)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, WideWindow);
        using var client = factory.CreateClient();
        Upstream.Fault = fault;

        using var response = await client.GetAsync("/api/v2/menus?hall_id=mcconnell&date=2026-02-07&meal=dinner");

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "unavailable");
    }

    private static List<string?> Stations(JsonElement menu) =>
        [.. menu.GetProperty("stations").EnumerateArray().Select(s => s.GetProperty("name").GetString())];
}
