using System.Net;
using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.FakeUpstream;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>
/// A vendor that accepts the connection and never answers: with a 1 s answer deadline every menu route answers
/// 200 (stale) or 503 while the vendor still hangs (the service would give it up only after ten minutes here).
/// </summary>
public sealed class AnswerDeadlineTests : CapturedUpstreamTests
{
    /// <summary>When the service would give up a hanging vendor request: never within a test.</summary>
    private static readonly TimeSpan HangEnds = TimeSpan.FromMinutes(10);

    /// <summary>Liveness only: far beyond any answer at the deadline, far before the hang would end.</summary>
    private static readonly TimeSpan AnswerGuard = TimeSpan.FromMinutes(2);

    private static readonly DateOnly Monday = new(2025, 12, 1);

    private readonly List<MenusApiFactory> _factories = [];

    private MenusApiFactory Factory()
    {
        var seconds = (int)HangEnds.TotalSeconds;
        var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?>
        {
            ["Menus:AnswerDeadlineSeconds"] = "1",
            ["Menus:MaxDaysAhead"] = "120", // the Bon Appetit capture is of 2026-02-07
            ["Upstream:AttemptTimeoutSeconds"] = Text(seconds),
            ["Upstream:TotalTimeoutSeconds"] = Text(seconds + 1),
            ["Cache:FetchTimeoutSeconds"] = Text(seconds),
        });
        _factories.Add(factory);
        return factory;
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The hangs end first, so the services stop without waiting on them.</summary>
    [TearDown]
    public async Task StopServices()
    {
        Upstream.Fault = UpstreamFault.None;
        Upstream.ReleaseHangs();
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        _factories.Clear();
    }

    /// <summary>Reads days while the vendor is healthy, waiting for them whatever the machine's load (not the subject here).</summary>
    private static async Task ReadAheadAsync(MenusApiFactory factory, string hallId, params DateOnly[] dates)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var hall = scope.ServiceProvider.GetRequiredService<IHallRegistry>().Find(hallId)!;
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        foreach (var date in dates)
        {
            var day = await sender.Send(new GetDayMenuQuery(hall, date) { AnswerBy = factory.Clock.GetUtcNow().AddMinutes(1) });
            Assert.That(day.IsStale, Is.False, "read fresh before the hang");
        }
    }

    /// <summary>Forgets the fresh entries of a hall's dates entirely (a cold key); the last good copies stay.</summary>
    private static async Task ForgetFreshAsync(MenusApiFactory factory, string hallId, params DateOnly[] dates)
    {
        var cache = factory.Services.GetRequiredService<IFusionCache>();
        foreach (var date in dates)
        {
            await cache.RemoveAsync(DayMenuCacheKeys.Fresh(hallId, date));
        }
    }

    /// <summary>The answer, and how many vendor requests were still hanging the moment it came.</summary>
    private async Task<(HttpResponseMessage Response, int StillHanging)> GetWhileHangingAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url).WaitAsync(AnswerGuard);
        return (response, Upstream.Hanging);
    }

    /// <summary>Nothing ends a hang within a test: an answer given while one still hangs came at the deadline.</summary>
    private static void AnsweredBeforeTheHangEnds(int stillHanging) =>
        Assert.That(stillHanging, Is.GreaterThan(0), "answered while the vendor still hung, at the deadline");

    [Test]
    public async Task A_cold_key_with_a_good_copy_is_answered_stale()
    {
        var factory = Factory();
        using var client = factory.CreateClient();
        await ReadAheadAsync(factory, "frary", Monday);
        await ForgetFreshAsync(factory, "frary", Monday);
        Upstream.Fault = UpstreamFault.Hang;

        var (response, stillHanging) = await GetWhileHangingAsync(client, "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");

        using (response)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var menu = await response.ReadJsonAsync();
            Assert.That(menu.GetProperty("is_stale").GetBoolean(), Is.True);
            Assert.That(menu.GetProperty("stations").GetArrayLength(), Is.EqualTo(7));
            Assert.That(response.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(60)), "a short max-age");
        }

        AnsweredBeforeTheHangEnds(stillHanging);
    }

    [Test]
    public async Task An_entry_expired_early_is_the_fail_safe_answer_at_the_deadline_marked_stale()
    {
        var factory = Factory();
        using var client = factory.CreateClient();
        await ReadAheadAsync(factory, "frank", new DateOnly(2025, 12, 2));

        // As an admin invalidation does: ended well inside its fresh life, kept only as the fail-safe fallback.
        await factory.Services.GetRequiredService<AnswerCache>().ExpireAsync<DayMenuResult>(DayMenuCacheKeys.Fresh("frank", new DateOnly(2025, 12, 2)), CancellationToken.None);
        Upstream.Fault = UpstreamFault.Hang;

        var (response, stillHanging) = await GetWhileHangingAsync(client, "/api/v2/halls/frank/menus/2025-12-02");

        using (response)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await response.ReadJsonAsync()).GetProperty("is_stale").GetBoolean(), Is.True);
        }

        AnsweredBeforeTheHangEnds(stillHanging);
    }

    [Test]
    public async Task Every_caller_queued_behind_the_hanging_refetch_of_an_expired_entry_gets_it_marked_stale()
    {
        var factory = Factory();
        using var client = factory.CreateClient();
        await ReadAheadAsync(factory, "frank", new DateOnly(2025, 12, 2));
        await factory.Services.GetRequiredService<AnswerCache>().ExpireAsync<DayMenuResult>(DayMenuCacheKeys.Fresh("frank", new DateOnly(2025, 12, 2)), CancellationToken.None);
        Upstream.Fault = UpstreamFault.Hang;

        // One of them runs the refetch; the others wait on its lock and get the fail-safe copy at their deadline.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => GetWhileHangingAsync(client, "/api/v2/halls/frank/menus/2025-12-02")));

        var stale = new List<bool>();
        foreach (var (response, _) in answers)
        {
            using (response)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                stale.Add((await response.ReadJsonAsync()).GetProperty("is_stale").GetBoolean());
            }
        }

        Assert.That(stale, Is.All.True, "an expired copy is never served as fresh");
        AnsweredBeforeTheHangEnds(answers.Min(a => a.StillHanging));
    }

    [Test]
    public async Task A_cold_key_without_a_good_copy_is_503_with_retry_after()
    {
        var factory = Factory();
        using var client = factory.CreateClient();
        Upstream.Fault = UpstreamFault.Hang;

        var (response, stillHanging) = await GetWhileHangingAsync(client, "/api/v2/halls/collins/menus/2026-02-07");

        using (response)
        {
            await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "2026-02-07");
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
        }

        AnsweredBeforeTheHangEnds(stillHanging);
    }

    [Test]
    public async Task A_range_whose_vendor_hangs_is_answered_with_stale_days_by_one_deadline()
    {
        var factory = Factory();
        using var client = factory.CreateClient();
        await ReadAheadAsync(factory, "frary", Monday); // one download: the whole week is cached and kept
        await ForgetFreshAsync(factory, "frary", [.. Enumerable.Range(0, 7).Select(Monday.AddDays)]);
        Upstream.Fault = UpstreamFault.Hang;

        var (response, stillHanging) = await GetWhileHangingAsync(client, "/api/v2/halls/frary/menus?from=2025-12-01&to=2025-12-07");

        using (response)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var days = (await response.ReadJsonAsync()).GetProperty("days").EnumerateArray().ToList();
            Assert.That(days, Has.Count.EqualTo(7));
            Assert.That(days.Select(d => d.GetProperty("is_stale").GetBoolean()), Is.All.True);
        }

        AnsweredBeforeTheHangEnds(stillHanging);
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frary.json"), Is.EqualTo(2), "the first read and this one's single attempt");
    }

    [Test]
    public async Task A_range_with_a_hanging_day_and_no_good_copy_is_503_never_500()
    {
        var factory = Factory();
        using var client = factory.CreateClient();
        Upstream.Fault = UpstreamFault.Hang;

        var (response, stillHanging) = await GetWhileHangingAsync(client, "/api/v2/halls/oldenborg/menus?from=2025-12-01&to=2025-12-07");

        using (response)
        {
            await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "Oldenborg");
        }

        AnsweredBeforeTheHangEnds(stillHanging);
    }

    [Test]
    public async Task Open_now_is_answered_with_the_hours_it_can_tell()
    {
        var factory = Factory();
        using var client = factory.CreateClient();
        Upstream.Fault = UpstreamFault.Hang;

        var (response, stillHanging) = await GetWhileHangingAsync(client, "/api/v2/open-now");

        using (response)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.GetValues("X-Hours-Unknown").Single().Split(','), Has.Length.EqualTo(7), "no hall's hours could be read");
        }

        AnsweredBeforeTheHangEnds(stillHanging);
    }

    [Test]
    public async Task A_fetch_late_for_the_deadline_goes_on_and_the_next_request_is_answered_fresh_from_it()
    {
        var factory = Factory();
        using var client = factory.CreateClient();
        Upstream.Delay = TimeSpan.FromSeconds(3); // slow, not hung: it answers after the 1 s deadline

        using (var early = await client.GetAsync("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=dinner"))
        {
            await early.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "2026-02-07");
        }

        var cache = factory.Services.GetRequiredService<AnswerCache>();
        await Eventually.WaitForAsync(
            async () => (await cache.FindAsync<DayMenuResult>(DayMenuCacheKeys.Fresh("collins", new DateOnly(2026, 2, 7)), CancellationToken.None))?.Value,
            "the late fetch filling the cache");

        var fetches = Upstream.RequestsTo("/collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/");
        using var later = await client.GetAsync("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=dinner");

        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await later.ReadJsonAsync()).GetProperty("is_stale").GetBoolean(), Is.False);
        Assert.That(Upstream.RequestsTo("/collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/"), Is.EqualTo(fetches), "answered from what the late fetch stored");
    }
}
