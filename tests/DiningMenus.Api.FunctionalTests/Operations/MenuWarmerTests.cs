using DiningMenus.Infrastructure.Warming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DiningMenus.Api.FunctionalTests.Operations;

public sealed class MenuWarmerTests : CapturedUpstreamTests
{
    [Test]
    public async Task A_warm_run_caches_today_and_tomorrow_for_every_hall_it_can_reach()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        var warmer = factory.Services.GetServices<IHostedService>().OfType<MenuWarmer>().Single();

        var warmed = await warmer.WarmOnceAsync(CancellationToken.None);
        var afterWarming = Upstream.TotalRequests;
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-02&meal=lunch");

        // The captures hold the Pomona halls' 2025-12-01/02; the other vendors' captures are of other dates.
        Assert.That(warmed, Is.EqualTo(3 * 2));
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        Assert.That(Upstream.TotalRequests, Is.EqualTo(afterWarming), "the warmed day came from the cache");
    }

    [TestCase("2025-12-01T20:00:00Z", 60, 60.0)]
    [TestCase("2025-12-02T07:30:00Z", 60, 35.0)] // 23:30 Pacific: the run after midnight (00:05) comes first
    [TestCase("2026-03-08T07:30:00Z", 60, 35.0)] // 23:30 PST the night clocks go forward
    public void The_next_run_is_an_interval_away_or_just_after_pacific_midnight(string nowUtc, int intervalMinutes, double expectedMinutes)
    {
        var delay = MenuWarmer.DelayUntilNextRun(
            DateTimeOffset.Parse(nowUtc, System.Globalization.CultureInfo.InvariantCulture),
            new WarmerOptions { IntervalMinutes = intervalMinutes, AfterMidnightMinutes = 5 });

        Assert.That(delay, Is.EqualTo(TimeSpan.FromMinutes(expectedMinutes)));
    }
}
