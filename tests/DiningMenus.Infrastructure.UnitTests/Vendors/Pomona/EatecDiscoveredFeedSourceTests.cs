using System.Net;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Http;
using DiningMenus.Infrastructure.UnitTests.Http;
using DiningMenus.Infrastructure.Vendors.Pomona;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Pomona;

public sealed class EatecDiscoveredFeedSourceTests
{
    private static readonly Hall Frary = new("frary", "Frary", "pomona", VendorType.Pomona);
    private static readonly DateOnly Monday = new(2025, 12, 1);

    private const string Feed = """
        /**/ menuData({"EatecExchange": {"menu": {"@servedate": "20251201", "@mealperiodname": "Dinner",
          "recipes": {"recipe": {"@category": "Mainline", "@shortName": "Penne Pasta", "@displayonwebsite": "Yes"}}}}});
        """;

    private static EatecDiscoveredFeedSource Source(StubHttpHandler handler, params string[] legacyHosts) => new(
        new EatecFeedClient(new HttpClient(handler), new UpstreamUrls(Options.Create(new UpstreamOptions()))),
        Options.Create(new VendorHalls<PomonaHallSettings>
        {
            ["frary"] = new()
            {
                FeedUrl = "https://api.pomona.edu/eatec/Frary.json",
                HallPageUrl = "https://www.pomona.edu/administration/dining/menus/frary",
            },
        }),
        Options.Create(new PomonaOptions { LegacyFeedHosts = [.. legacyHosts], AllowedFeedHosts = ["*.pomona.edu"] }),
        NullLogger<EatecDiscoveredFeedSource>.Instance);

    [Test]
    public async Task The_feed_named_by_the_hall_page_is_read_when_it_differs_from_the_configured_one()
    {
        var handler = new StubHttpHandler(request => request.RequestUri!.Host switch
        {
            "www.pomona.edu" => (HttpStatusCode.OK,
                """<div id="dining-menu-from-json" data-dining-menu-json-url="https://newhost.pomona.edu/eatec/Frary.json"></div>"""),
            "newhost.pomona.edu" => (HttpStatusCode.OK, Feed),
            _ => (HttpStatusCode.NotFound, "no"),
        });

        var result = await Source(handler).ReadAsync(Frary, Monday, CancellationToken.None);

        Assert.That(result.DayFor(Monday)?.Meals.Single().Stations.Single().Items.Single().Name, Is.EqualTo("Penne Pasta"));
        Assert.That(handler.Requests.Select(r => r.Url), Is.EqualTo(new[]
        {
            "https://www.pomona.edu/administration/dining/menus/frary", "https://newhost.pomona.edu/eatec/Frary.json",
        }));
    }

    [Test]
    public async Task Legacy_hosts_are_tried_with_the_feed_path_when_the_page_names_nothing_new()
    {
        var handler = new StubHttpHandler(request => request.RequestUri!.Host switch
        {
            "my.pomona.edu" => (HttpStatusCode.OK, Feed),
            _ => (HttpStatusCode.NotFound, "<html>gone</html>"),
        });

        var result = await Source(handler, "portal.pomona.edu", "my.pomona.edu").ReadAsync(Frary, Monday, CancellationToken.None);

        Assert.That(result.Succeeded, Is.True, () => result.Failure?.ToString() ?? string.Empty);
        Assert.That(handler.Requests.Select(r => r.Url).Last(), Is.EqualTo("https://my.pomona.edu/eatec/Frary.json"));
    }

    [Test]
    public async Task A_feed_without_the_date_is_not_an_answer_and_every_failure_is_reported()
    {
        var handler = new StubHttpHandler(request => request.RequestUri!.Host switch
        {
            "portal.pomona.edu" => (HttpStatusCode.OK, Feed.Replace("20251201", "20251124", StringComparison.Ordinal)),
            _ => (HttpStatusCode.InternalServerError, "<html>error</html>"),
        });

        var result = await Source(handler, "portal.pomona.edu").ReadAsync(Frary, Monday, CancellationToken.None);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Failure!.Reason, Does.Contain("HTTP 500").And.Contain("does not hold 2025-12-01"));
    }

    [Test]
    public async Task Nothing_to_try_is_not_applicable()
    {
        var handler = new StubHttpHandler("<html><body>no feed div</body></html>");

        var result = await Source(handler).ReadAsync(Frary, Monday, CancellationToken.None);

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.NotApplicable));
    }
}
