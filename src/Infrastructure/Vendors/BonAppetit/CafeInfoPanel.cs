using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>
/// The cafe-info panel (<c>section.site-panel--cafeinfo</c>, "Café Hours") every cafe page carries, menu or not: the
/// site frame that tells a cafe page without a menu from an error page. Its <c>ul.site-panel__cafeinfo-hours</c>
/// lists the services of the page's date (Collins' Saturday page lists Brunch and Dinner only), while
/// "Currently Closed" describes the moment of the request: on its own it does not close a day.
/// </summary>
/// <param name="SaysCurrentlyClosed">The status line reads "Currently Closed".</param>
/// <param name="ServiceCount">How many services the hours list names for the page's date.</param>
internal sealed record CafeInfoPanel(bool SaysCurrentlyClosed, int ServiceCount)
{
    private const string SectionClass = "site-panel--cafeinfo";

    /// <summary>A page without a menu for its date that says closed and lists no service: the cafe is closed that day.</summary>
    public bool SaysClosedAllDay => SaysCurrentlyClosed && ServiceCount == 0;

    /// <summary>The page's cafe-info panel, or null when the page has none (not a cafe page).</summary>
    public static CafeInfoPanel? Find(string html)
    {
        var extent = SitePanelScanner.Find(html, SectionClass).FirstOrDefault();
        if (extent.Length == 0)
        {
            return null;
        }

        var document = new HtmlDocument();
        document.LoadHtml(html.Substring(extent.Start, extent.Length));
        var nodes = document.DocumentNode.Descendants().ToList();
        var status = nodes.FirstOrDefault(n => n.HasClass("site-panel__cafeinfo-currently"));
        var closed = status is not null
            && (status.HasClass("site-panel__cafeinfo-currently--closed")
                || HtmlEntity.DeEntitize(status.InnerText).Trim().StartsWith("Currently Closed", StringComparison.OrdinalIgnoreCase));
        var services = nodes.Where(n => n.Name == "ul" && n.HasClass("site-panel__cafeinfo-hours")).SelectMany(u => u.Elements("li")).Count();
        return new CafeInfoPanel(closed, services);
    }
}
