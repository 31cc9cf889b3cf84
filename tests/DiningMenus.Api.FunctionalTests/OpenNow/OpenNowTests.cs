using System.Net;
using System.Text.Json;

namespace DiningMenus.Api.FunctionalTests.OpenNow;

/// <summary>
/// GET /api/v2/open-now on the fake upstream: the Dec 2025 Eatec captures (Frank closed on Friday 12-05),
/// hand-written Pomona hall pages (Fixtures/pomona) and Hoch's real location-page hours (weekday Breakfast
/// 7:30–9:30, Lunch 11:15–13:00). The Bon Appétit halls have no page for these dates, so their hours are unknown.
/// </summary>
public sealed class OpenNowTests : CapturedUpstreamTests
{
    private const string UnknownBonAppetit = "collins,malott,mcconnell";

    [OneTimeSetUp]
    public async Task AddHoursPages() => await Upstream.AddHoursPagesAsync();

    [Test]
    public async Task On_a_saturday_the_bon_appetit_halls_report_their_daypart_times_and_malott_its_later_service()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        factory.Clock.Set(new DateTimeOffset(2026, 2, 7, 11, 30, 0, TimeSpan.FromHours(-8)));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/open-now");

        // Malott serves Brunch 10:00–13:00 and Lunch 11:00–14:00: the service that started last is reported.
        var halls = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.That(halls.Select(Summary), Is.EqualTo(new[]
        {
            "frank brunch 10:00-13:00", "frary brunch 10:00-13:00", "collins brunch 10:30-12:30", "malott lunch 11:00-14:00",
            "mcconnell brunch 10:30-13:30", "hoch brunch 10:30-12:45",
        }));
        Assert.That(halls[3].GetProperty("hours_source").GetString(), Is.EqualTo("menu"));
        Assert.That(UnknownHalls(response), Is.Null, "every hall's hours are known that day");
    }

    [Test]
    public async Task Mid_lunch_on_a_weekday_lists_the_halls_serving_lunch_with_their_times()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress); // Monday 2025-12-01 12:00 Pacific
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/open-now");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var halls = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.That(halls.Select(Summary), Is.EqualTo(new[]
        {
            "frary lunch 11:00-13:30", "oldenborg lunch 11:30-13:00", "hoch lunch 11:15-13:00",
        }), "Frank's page lists no lunch");
        var frary = halls[0];
        Assert.That(frary.GetProperty("name").GetString(), Is.EqualTo("Frary"));
        Assert.That(frary.GetProperty("college").GetString(), Is.EqualTo("pomona"));
        Assert.That(frary.GetProperty("color").GetString(), Is.EqualTo("#20438F"));
        Assert.That(frary.GetProperty("meal_label").GetString(), Is.EqualTo("Lunch"));
        Assert.That(frary.GetProperty("hours_source").GetString(), Is.EqualTo("pomona-hall-page"));
        Assert.That(halls[2].GetProperty("hours_source").GetString(), Is.EqualTo("sodexo-location-page"));
        Assert.That(UnknownHalls(response), Is.EqualTo(UnknownBonAppetit));
        Assert.That(response.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(60)), "the answer ages with the clock");
    }

    [Test]
    public async Task Before_breakfast_nothing_is_serving()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        factory.Clock.Set(new DateTimeOffset(2025, 12, 1, 6, 0, 0, TimeSpan.FromHours(-8)));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/open-now/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync()).GetArrayLength(), Is.Zero);
        Assert.That(UnknownHalls(response), Is.EqualTo(UnknownBonAppetit));
    }

    [Test]
    public async Task A_hall_whose_menu_says_closed_is_not_serving_whatever_its_page_says()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        factory.Clock.Set(new DateTimeOffset(2025, 12, 5, 8, 0, 0, TimeSpan.FromHours(-8))); // Friday, Frank closed in the feed
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/open-now");

        var halls = (await response.ReadJsonAsync()).EnumerateArray().Select(Summary).ToList();
        Assert.That(halls, Is.EqualTo(new[] { "frary breakfast 07:30-10:00", "hoch breakfast 07:30-09:30" }),
            "Frank's page lists Friday breakfast, but the Eatec feed has only a Closed record that day");
    }

    [Test]
    public async Task Hours_only_services_are_reported_with_their_label()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/open-now?at=2025-12-01T14:00");

        var frary = (await response.ReadJsonAsync()).EnumerateArray().Single();
        Assert.That(Summary(frary), Is.EqualTo("frary other 13:30-16:30"));
        Assert.That(frary.GetProperty("meal_label").GetString(), Is.EqualTo("Continuous Service"));
    }

    [Test]
    public async Task The_same_utc_time_is_before_breakfast_in_winter_and_during_it_in_summer_time()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        // 15:15Z is 07:15 PST on Friday 2026-03-06 and 08:15 PDT on Monday 2026-03-09 (DST began 03-08).
        using var winter = await client.GetAsync("/api/v2/open-now?at=2026-03-06T15:15:00Z");
        using var summer = await client.GetAsync("/api/v2/open-now?at=2026-03-09T15:15:00Z");
        using var local = await client.GetAsync("/api/v2/open-now?at=2026-03-09T08:15");
        using var offset = await client.GetAsync("/api/v2/open-now?at=2026-03-09T08:15:00-07:00");

        Assert.That((await winter.ReadJsonAsync()).GetArrayLength(), Is.Zero);
        var expected = new[] { "frank breakfast 07:30-10:00", "frary breakfast 07:30-10:00", "hoch breakfast 07:30-09:30" };
        Assert.That((await summer.ReadJsonAsync()).EnumerateArray().Select(Summary), Is.EqualTo(expected));
        Assert.That((await local.ReadJsonAsync()).EnumerateArray().Select(Summary), Is.EqualTo(expected), "no offset: Pacific wall-clock time");
        Assert.That((await offset.ReadJsonAsync()).EnumerateArray().Select(Summary), Is.EqualTo(expected));
    }

    [TestCase("tomorrow")]
    [TestCase("2025-12-01")]
    [TestCase("2025-13-01T12:00")]
    [TestCase("")]
    public async Task A_malformed_instant_is_a_400_problem(string at)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/v2/open-now?at={Uri.EscapeDataString(at)}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "Invalid at");
    }

    [TestCase("9999-12-31T16:00", Description = "Pacific wall-clock time that is already year 10000 in UTC")]
    [TestCase("0001-01-01T00:00:00Z", Description = "an instant that is still year 0 in Claremont")]
    public async Task An_instant_outside_the_calendar_is_a_400_problem(string at)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/v2/open-now?at={Uri.EscapeDataString(at)}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, $"Invalid at '{at}': that instant is outside the calendar");
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task The_last_minute_of_the_calendar_is_answered()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/open-now?at=9999-12-31T15:59");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync()).ValueKind, Is.EqualTo(JsonValueKind.Array));
    }

    [Test]
    public async Task Hours_pages_are_read_once_and_then_served_from_the_cache()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        Upstream.ResetCounts();

        using var first = await client.GetAsync("/api/v2/open-now?at=2026-03-09T08:15");
        using var second = await client.GetAsync("/api/v2/open-now?at=2026-03-10T12:00");

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Upstream.RequestsTo("/www.pomona.edu/administration/dining/menus/frary"), Is.EqualTo(1));
        Assert.That(Upstream.RequestsTo("/hmc.sodexomyway.com/en-us/locations/hoch-shanahan-dining-commons"), Is.EqualTo(1));
    }

    internal static string Summary(JsonElement hall) =>
        $"{hall.GetProperty("id").GetString()} {hall.GetProperty("current_meal").GetString()} "
        + $"{hall.GetProperty("start_time").GetString()}-{hall.GetProperty("end_time").GetString()}";

    internal static string? UnknownHalls(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Hours-Unknown", out var values) ? string.Join(',', values) : null;
}
