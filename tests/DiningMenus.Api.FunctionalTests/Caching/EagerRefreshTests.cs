using System.Net;
using DiningMenus.Application.Common.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>A popular menu read late in its life is refreshed in the background once, and never expires under load.</summary>
public sealed class EagerRefreshTests : CapturedUpstreamTests
{
    private const string Url = "/api/v2/menus?hall_id=collins&date=2026-02-07&meal=dinner";
    private const string Page = "/collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/";

    [Test]
    public async Task A_read_in_the_last_tenth_of_an_entrys_life_triggers_exactly_one_refresh_that_renews_it()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?>
        {
            ["Cache:BaseTtlSeconds"] = "1800",
            ["Cache:JitterSeconds"] = "0",
            ["Menus:MaxDaysAhead"] = "120",
        });
        using var client = factory.CreateClient();
        var refresher = factory.Services.GetRequiredService<EagerRefresher>();
        using (var first = await client.GetAsync(Url))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        factory.Clock.Advance(TimeSpan.FromSeconds(1000)); // 56 % of its life: served, not refreshed
        using (await client.GetAsync(Url))
        {
            await refresher.IdleAsync();
        }

        Assert.That(Upstream.RequestsTo(Page), Is.EqualTo(1));

        factory.Clock.Advance(TimeSpan.FromSeconds(700)); // 94 %: due
        var late = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await client.GetAsync(Url);
            return (await response.ReadJsonAsync()).GetProperty("fetched_at").GetDateTimeOffset();
        }));
        await refresher.IdleAsync();

        Assert.That(Upstream.RequestsTo(Page), Is.EqualTo(2), "one background refresh for twenty late reads");
        Assert.That(late, Is.All.EqualTo(MenusApiFactory.DefaultNow), "late reads are answered from the old entry at once");

        factory.Clock.Advance(TimeSpan.FromSeconds(300)); // past the old entry's expiry (1800 s), well inside the new one's
        using var after = await client.GetAsync(Url);
        await refresher.IdleAsync();

        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await after.ReadJsonAsync()).GetProperty("fetched_at").GetDateTimeOffset(), Is.EqualTo(MenusApiFactory.DefaultNow.AddSeconds(1700)));
        Assert.That(Upstream.RequestsTo(Page), Is.EqualTo(2), "the renewed entry served it");
    }
}
