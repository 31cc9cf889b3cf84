using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;
using System.Net;
using DiningMenus.FakeUpstream;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>GET /api/v2/menus end to end, on the real Dec 2025 Eatec captures served by the fake upstream.</summary>
public sealed class GetMenuTests : CapturedUpstreamTests
{
    private const string FraryFeed = "/api.pomona.edu/eatec/Frary.json";
    [Test]
    public async Task Frary_weekday_dinner_comes_back_with_its_stations_and_items()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var menu = await response.ReadJsonAsync();
        Assert.That(menu.GetProperty("hall_id").GetString(), Is.EqualTo("frary"));
        Assert.That(menu.GetProperty("date").GetString(), Is.EqualTo("2025-12-01"));
        Assert.That(menu.GetProperty("meal").GetString(), Is.EqualTo("dinner"));
        Assert.That(menu.GetProperty("is_stale").GetBoolean(), Is.False);
        Assert.That(menu.GetProperty("source").GetString(), Is.EqualTo("eatec-feed"));
        Assert.That(menu.GetProperty("fetched_at").GetDateTimeOffset(), Is.EqualTo(MenusApiFactory.DefaultNow));

        var stations = menu.GetProperty("stations").EnumerateArray().ToList();
        Assert.That(stations.Select(s => s.GetProperty("name").GetString()), Is.EqualTo(new[]
        {
            "Mainline", "Expo Station", "Pizza", "Grill Station", "Soup Station", "Salad Bar", "Desserts",
        }));
        Assert.That(stations.Select(s => s.GetProperty("items").GetArrayLength()), Is.EqualTo(new[] { 6, 1, 9, 2, 1, 3, 3 }));
        var tofu = stations[0].GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "Sweet Sour Tofu");
        Assert.That(tofu.GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "vegan" }), "as Eatec flags it");
        Assert.That(tofu.GetProperty("calories").GetInt32(), Is.EqualTo(161));
    }

    [Test]
    public async Task The_earlier_services_trailing_slash_route_answers_the_same()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/menus/?hall_id=frary&date=2025-12-01&meal=lunch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync()).GetProperty("meal").GetString(), Is.EqualTo("lunch"));
    }

    [Test]
    public async Task A_second_request_is_served_from_the_cache()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var second = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(1));
    }

    [Test]
    public async Task One_feed_download_serves_every_date_and_meal_it_holds()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        foreach (var (date, meal) in new[] { ("2025-12-01", "dinner"), ("2025-12-02", "lunch"), ("2025-12-05", "breakfast"), ("2025-12-06", "brunch") })
        {
            using var response = await client.GetAsync($"/api/v2/menus?hall_id=frary&date={date}&meal={meal}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{date} {meal}");
        }

        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(1));
    }

    [Test]
    public async Task Two_hundred_concurrent_first_requests_cause_oneUpstream_request()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        Upstream.Delay = TimeSpan.FromMilliseconds(300); // keep the first fetch in flight while the others arrive

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
        {
            using var response = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-03&meal=dinner");
            return response.StatusCode;
        }));

        Assert.That(responses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(1));
    }

    [Test]
    public async Task A_meal_the_hall_does_not_serve_that_day_is_404_no_menu_found()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var lateNight = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=late_night");
        using var closedDay = await client.GetAsync("/api/v2/menus?hall_id=frank&date=2025-12-05&meal=dinner");

        await lateNight.AssertProblemAsync(HttpStatusCode.NotFound, "No menu found");
        await closedDay.AssertProblemAsync(HttpStatusCode.NotFound, "No menu found");
        await closedDay.AssertProblemAsync(HttpStatusCode.NotFound, "closed");
    }

    [Test]
    public async Task A_date_absent_from_the_feed_is_unpublished_not_an_error()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-09&meal=dinner");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "has not published");
    }

    [Test]
    public async Task Weekend_brunch_is_found_by_brunch_breakfast_and_lunch()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        foreach (var asked in new[] { "brunch", "breakfast", "lunch" })
        {
            using var response = await client.GetAsync($"/api/v2/menus?hall_id=frary&date=2025-12-06&meal={asked}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), asked);
            var menu = await response.ReadJsonAsync();
            Assert.That(menu.GetProperty("meal").GetString(), Is.EqualTo("brunch"), asked);
            Assert.That(menu.GetProperty("meal_label").GetString(), Is.EqualTo("Breakfast"), asked);
        }
    }

    [Test]
    public async Task AnUpstream_failure_with_nothing_cached_is_503_with_retry_after()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        Upstream.Fault = UpstreamFault.ServerError;

        using var response = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public async Task After_a_good_fetch_a_failingUpstream_is_answered_with_the_stale_copy_of_the_same_date()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        using var fresh = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");
        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await factory.ExpireFreshDayAsync("frary", new DateOnly(2025, 12, 1));
        Upstream.Fault = UpstreamFault.ServerError;
        factory.Clock.Advance(TimeSpan.FromHours(1));

        using var stale = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");
        using var otherDate = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-08&meal=dinner");

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var menu = await stale.ReadJsonAsync();
        Assert.That(menu.GetProperty("is_stale").GetBoolean(), Is.True);
        Assert.That(menu.GetProperty("fetched_at").GetDateTimeOffset(), Is.EqualTo(MenusApiFactory.DefaultNow));
        Assert.That(menu.GetProperty("stations").GetArrayLength(), Is.EqualTo(7));
        await otherDate.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "2025-12-08");
    }

    [Test]
    public async Task Without_redis_the_service_answers_from_process_memory_alone()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["Redis:Configuration"] = "" });
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");
        using var second = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(factory.Services.GetRequiredService<IFusionCache>().HasDistributedCache, Is.False, "no second level, no backplane");
        Assert.That(factory.Services.GetRequiredService<IFusionCache>().HasBackplane, Is.False);
        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(1));
    }
}
