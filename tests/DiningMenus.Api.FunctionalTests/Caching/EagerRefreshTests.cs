using System.Net;
using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Menus.Common;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>A menu read late in its life is refreshed in the background once, while the old entry keeps answering.</summary>
public sealed class EagerRefreshTests : CapturedUpstreamTests
{
    private const string Url = "/api/v2/menus?hall_id=collins&date=2026-02-07&meal=dinner";
    private const string Page = "/collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/";

    [Test]
    public async Task Twenty_late_reads_are_answered_from_the_old_entry_at_once_and_trigger_exactly_one_refresh_that_renews_it()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?>
        {
            // FusionCache keeps entry time on the system clock, which a test cannot move: the refresh is made due
            // a fraction of a millisecond into the entry's life (1800 s × 1e-7) instead of 27 minutes.
            ["Cache:RefreshAheadFraction"] = "0.9999999",
            ["Menus:MaxDaysAhead"] = "120",
        });
        using var client = factory.CreateClient();
        using (var first = await client.GetAsync(Url))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await Task.Delay(TimeSpan.FromMilliseconds(5)); // past the 0.2 ms threshold on the system clock
        factory.Clock.Advance(TimeSpan.FromMinutes(28));
        Upstream.Delay = TimeSpan.FromSeconds(1); // the refresh is still running while the twenty reads arrive
        var late = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await client.GetAsync(Url);
            var menu = await response.ReadJsonAsync();
            return (menu.GetProperty("fetched_at").GetDateTimeOffset(), menu.GetProperty("is_stale").GetBoolean());
        }));
        var renewed = await Eventually.WaitForAsync(async () =>
            (await factory.Services.GetRequiredService<AnswerCache>().FindAsync<DayMenuResult>(
                DayMenuCacheKeys.Fresh("collins", new DateOnly(2026, 2, 7)), CancellationToken.None))?.Value is { } day
            && day.FetchedAt > MenusApiFactory.DefaultNow ? day : null, "the background refresh");

        Assert.That(late, Is.All.EqualTo((MenusApiFactory.DefaultNow, false)), "late reads are answered from the old entry, still fresh");
        Assert.That(renewed.FetchedAt, Is.EqualTo(MenusApiFactory.DefaultNow.AddMinutes(28)));
        Assert.That(Upstream.RequestsTo(Page), Is.EqualTo(2), "one background refresh for twenty late reads");
    }
}
