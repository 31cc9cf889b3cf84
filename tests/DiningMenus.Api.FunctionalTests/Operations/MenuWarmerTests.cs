using DiningMenus.Infrastructure.Warming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DiningMenus.Api.FunctionalTests.Operations;

public sealed class MenuWarmerTests : CapturedUpstreamTests
{
    [Test]
    public async Task A_warm_run_caches_every_published_day_ahead_with_one_download_per_eatec_week()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        var warmer = factory.Services.GetServices<IHostedService>().OfType<MenuWarmer>().Single();

        var warmed = await warmer.WarmOnceAsync(CancellationToken.None);
        var afterWarming = Upstream.TotalRequests;
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/v2/halls/oldenborg/menus/2025-12-07");

        // Today is 2025-12-01: the captures hold the Pomona halls' week 12-01..07 (Warmer:DaysAhead 6 reaches its end);
        // the other vendors' captures are of other dates, so each stops at its first date.
        Assert.That(warmed, Is.EqualTo(3 * 7));
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frary.json"), Is.EqualTo(1), "one download covers the week");
        Assert.That(Upstream.RequestsTo("/collins-cmc.cafebonappetit.com/cafe/collins/2025-12-02/"), Is.Zero, "a hall stops at a date it cannot read");
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
