using System.Net;
using DiningMenus.Application.Menus.Common;
using DiningMenus.FakeUpstream;
using DiningMenus.Infrastructure.Http.Captures;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>
/// A Pomona hall page names the feed URL the discovered-feed fallback fetches when the configured feed lacks a date.
/// The page is not the service's: a URL it names off the allowed https hosts is never requested. Requests go through
/// the redirect seam to the fake upstream, which counts them by original host and path, so an address refused before
/// redirection shows up as no request at all.
/// </summary>
public sealed class DiscoveredFeedUrlTests : CapturedUpstreamTests
{
    private const string HallPage = "/www.pomona.edu/administration/dining/menus/frary";

    // 2025-11-30 is in the served window but not in the Frary capture (Dec 1–7): the primary feed says unpublished.
    private const string DayMissingFromTheFeed = "/api/v2/halls/frary/menus/2025-11-30";

    private async Task HallPageNamingAsync(string feedUrl)
    {
        var path = Path.Combine(Path.GetTempPath(), $"diningmenus-tests-frary-page-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, $"""
            <!DOCTYPE html><html><body>
            <div id="dining-menu-from-json" data-dining-menu-json-url="{feedUrl}"></div><div id="dining-menu-error"></div>
            </body></html>
            """);
        Upstream.AddCapture(new CapturedResponse { Url = "https:/" + HallPage, File = path, ContentType = "text/html; charset=UTF-8" });
    }

    [Test]
    public async Task A_hall_page_naming_an_internal_address_causes_no_request_to_it_and_a_typed_failure()
    {
        await HallPageNamingAsync("http://169.254.169.254/latest/meta-data/eatec/Frary.json");
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(DayMissingFromTheFeed);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync()).GetProperty("status").GetString(), Is.EqualTo("unpublished"));
        Assert.That(Upstream.RequestsTo(HallPage), Is.EqualTo(1), "the page was read");
        Assert.That(Upstream.RequestsTo("/169.254.169.254/latest/meta-data/eatec/Frary.json"), Is.Zero, "the address it names was not");
        var health = factory.Services.GetRequiredService<SourceHealthLedger>().For("frary");
        Assert.That(health.LastFailedSource, Is.EqualTo("eatec-discovered-feed"));
        Assert.That(health.LastFailureReason, Does.StartWith("UntrustedUrl:").And.Contain("169.254.169.254"));
    }

    [Test]
    public async Task An_allowed_host_over_plain_http_is_refused_before_redirection()
    {
        // Under the redirect seam this URL would reach the same fake path as the configured https feed; it must not.
        await HallPageNamingAsync("http://api.pomona.edu/eatec/Frary.json");
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(DayMissingFromTheFeed);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frary.json"), Is.EqualTo(1), "only the configured https feed");
        Assert.That(factory.Services.GetRequiredService<SourceHealthLedger>().For("frary").LastFailureReason, Does.StartWith("UntrustedUrl:"));
    }

    [Test]
    public async Task A_feed_on_an_allowed_https_host_is_fetched()
    {
        await HallPageNamingAsync("https://portal.pomona.edu/eatec/Frary-2.json");
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(DayMissingFromTheFeed);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Upstream.RequestsTo("/portal.pomona.edu/eatec/Frary-2.json"), Is.EqualTo(1));
    }
}
