using System.Net;
using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Menus.Common;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>A failed fetch is remembered for Menus:RetryAfterSeconds: within it, no request goes upstream again.</summary>
public sealed class FailureMemoryTests : CapturedUpstreamTests
{
    // A date the captures do not hold: the fake upstream answers 404, which is not retried, so one source read is one request.
    private const string Url = "/api/v2/menus?hall_id=collins&date=2026-02-10&meal=dinner";
    private const string Page = "/collins-cmc.cafebonappetit.com/cafe/collins/2026-02-10/";

    [Test]
    public async Task Fifty_requests_within_the_window_make_one_upstream_attempt_and_retry_after_counts_down()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["Menus:MaxDaysAhead"] = "120" });
        using var client = factory.CreateClient();

        using (var first = await client.GetAsync(Url))
        {
            await first.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "2026-02-10");
            Assert.That(first.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
        }

        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        var answers = await Task.WhenAll(Enumerable.Range(0, 49).Select(async _ =>
        {
            using var response = await client.GetAsync(Url);
            return (response.StatusCode, response.Headers.RetryAfter?.Delta);
        }));

        Assert.That(answers, Is.All.EqualTo((HttpStatusCode.ServiceUnavailable, (TimeSpan?)TimeSpan.FromSeconds(40))), "what is left of the window");
        Assert.That(Upstream.RequestsTo(Page), Is.EqualTo(1), "one attempt for fifty requests");
    }

    [Test]
    public async Task Once_the_window_has_passed_one_more_attempt_is_made_for_many_requests()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["Menus:MaxDaysAhead"] = "120" });
        using var client = factory.CreateClient();
        using (await client.GetAsync(Url))
        {
        }

        // The window ends: on the answers' clock, and for FusionCache (system clock) by its own means.
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        await factory.Services.GetRequiredService<AnswerCache>().ExpireAsync<DayMenuResult>(DayMenuCacheKeys.Fresh("collins", new DateOnly(2026, 2, 10)), CancellationToken.None);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await client.GetAsync(Url);
            return response.StatusCode;
        }));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(Upstream.RequestsTo(Page), Is.EqualTo(2), "one retry for the new window");
    }

    [Test]
    public async Task A_failing_key_with_a_good_copy_is_answered_stale_without_going_upstream_again()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        const string url = "/api/v2/menus?hall_id=oldenborg&date=2025-12-03&meal=lunch";
        using (await client.GetAsync(url))
        {
        }

        await factory.ExpireFreshDayAsync("oldenborg", new DateOnly(2025, 12, 3));
        Upstream.Fault = DiningMenus.FakeUpstream.UpstreamFault.ServerError;
        Upstream.ResetCounts();
        var stale = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await client.GetAsync(url);
            return (response.StatusCode, (await response.ReadJsonAsync()).GetProperty("is_stale").GetBoolean());
        }));

        Assert.That(stale, Is.All.EqualTo((HttpStatusCode.OK, true)));
        var attempts = Upstream.RequestsTo("/api.pomona.edu/eatec/Oldenborg.json");
        Assert.That(attempts, Is.GreaterThan(0).And.LessThanOrEqualTo(3), "one source read (its request and retries) for fifty requests");
    }
}
