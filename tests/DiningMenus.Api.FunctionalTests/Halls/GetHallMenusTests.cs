using System.Net;
using DiningMenus.FakeUpstream;

namespace DiningMenus.Api.FunctionalTests.Halls;

/// <summary>GET /api/v2/halls/{hall_id}/menus?from=&amp;to=: up to a week of day menus in one answer.</summary>
public sealed class GetHallMenusTests : CapturedUpstreamTests
{
    private const string FraryFeed = "/api.pomona.edu/eatec/Frary.json";

    [TestCase("/api/v2/halls/frary/menus?from=2025-12-01&to=2025-12-07")]
    [TestCase("/api/v2/halls/frary/menus/?from=2025-12-01&to=2025-12-07")]
    public async Task A_week_of_frary_is_each_date_once_in_order_from_one_feed_download(string url)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var range = await response.ReadJsonAsync();
        Assert.That(range.GetProperty("hall_id").GetString(), Is.EqualTo("frary"));
        Assert.That(range.GetProperty("from").GetString(), Is.EqualTo("2025-12-01"));
        Assert.That(range.GetProperty("to").GetString(), Is.EqualTo("2025-12-07"));
        var days = range.GetProperty("days").EnumerateArray().ToList();
        Assert.That(days.Select(d => d.GetProperty("date").GetString()), Is.EqualTo(new[]
        {
            "2025-12-01", "2025-12-02", "2025-12-03", "2025-12-04", "2025-12-05", "2025-12-06", "2025-12-07",
        }));
        Assert.That(days.Select(d => string.Join(",", d.GetProperty("meals").EnumerateArray().Select(m => m.GetProperty("meal").GetString()))),
            Is.EqualTo(new[]
            {
                "breakfast,lunch,dinner", "breakfast,lunch,dinner", "breakfast,lunch,dinner", "breakfast,lunch,dinner",
                "breakfast,lunch,dinner", "brunch,dinner", "brunch,dinner",
            }));
        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(1));
    }

    [Test]
    public async Task A_range_reports_closed_days_among_open_ones_and_filters_by_tags()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/halls/frank/menus?from=2025-12-04&to=2025-12-07&tags=vegan");

        var days = (await response.ReadJsonAsync()).GetProperty("days").EnumerateArray().ToList();
        Assert.That(days.Select(d => d.GetProperty("status").GetString()), Is.EqualTo(new[] { "open", "closed", "closed", "open" }));
        var veganItems = days[0].GetProperty("meals").EnumerateArray()
            .SelectMany(m => m.GetProperty("stations").EnumerateArray())
            .SelectMany(s => s.GetProperty("items").EnumerateArray())
            .ToList();
        Assert.That(veganItems, Has.Count.EqualTo(20 + 22), "Frank's Thursday: 20 vegan at breakfast, 22 at dinner");
        Assert.That(veganItems.Select(i => i.GetProperty("tags").EnumerateArray().Select(t => t.GetString())), Has.All.Contain("vegan"));
    }

    [TestCase("from=2025-12-01&to=2025-12-08", "at most 7")]
    [TestCase("from=2025-12-05&to=2025-12-04", "must not be before from")]
    [TestCase("from=2025-12-01", "to is required")]
    [TestCase("to=2025-12-01", "from is required")]
    [TestCase("from=2025-12-1&to=2025-12-03", "Invalid date format")]
    [TestCase("from=2025-12-01&to=tomorrow", "Invalid date format")]
    [TestCase("from=2025-11-20&to=2025-11-22", "outside the served window")]
    [TestCase("from=2025-12-14&to=2025-12-16", "outside the served window")]
    [TestCase("from=2025-12-01&to=2025-12-02&tags=VEGAN", "Invalid tags")]
    public async Task A_bad_range_is_400_before_any_upstream_request(string query, string detail)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/v2/halls/frary/menus?{query}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, detail);
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task An_unknown_hall_is_404()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/halls/harvard/menus?from=2025-12-01&to=2025-12-02");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "Unknown hall_id: harvard");
    }
}
