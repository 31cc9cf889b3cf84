using DiningMenus.Infrastructure.UnitTests.Http;
using System.Net;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Http;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.BonAppetit;

public sealed class BonAppetitMenuSourceTests
{
    private const string ClosedPage = """
        <html><body><script>Bamco.menu_items = [];</script>
        <section class="site-panel site-panel--daypart"><div class="site-panel__daypart-container" data-end-date="2026-02-07">
          <h2 class="site-panel__daypart-panel-title">Closed</h2></div></section></body></html>
        """;

    private static readonly Hall Collins = new("collins", "Collins", "cmc", VendorType.BonAppetit);

    private static BonAppetitMenuSource Source(StubHttpHandler handler, string cafePageUrl)
    {
        var halls = new VendorHalls<BonAppetitHallSettings> { ["collins"] = new() { CafePageUrl = cafePageUrl } };
        var client = new BonAppetitPageClient(new HttpClient(handler), new UpstreamUrls(Options.Create(new UpstreamOptions())));
        return new BonAppetitMenuSource(client, Options.Create(halls));
    }

    [Test]
    public async Task Reads_the_dated_page_and_parses_it()
    {
        using var handler = new StubHttpHandler(ClosedPage, HttpStatusCode.OK);
        var source = Source(handler, "https://collins-cmc.cafebonappetit.com/cafe/collins/{date}/");

        var result = await source.ReadAsync(Collins, new DateOnly(2026, 2, 7), CancellationToken.None);

        Assert.That(handler.RequestedUrl, Is.EqualTo(new Uri("https://collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/")));
        Assert.That(result.Days.Single().Status, Is.EqualTo(DayStatus.Closed));
        Assert.That((source.Name, source.Vendor, source.Priority), Is.EqualTo(("bonappetit-page", VendorType.BonAppetit, 0)));
    }

    [Test]
    public async Task An_http_failure_is_returned_as_is()
    {
        using var handler = new StubHttpHandler("<html>not found</html>", HttpStatusCode.NotFound);

        var result = await Source(handler, "https://collins-cmc.cafebonappetit.com/cafe/collins/{date}/")
            .ReadAsync(Collins, new DateOnly(2026, 2, 7), CancellationToken.None);

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.HttpError));
    }
}
