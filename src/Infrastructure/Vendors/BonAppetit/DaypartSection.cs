using System.Globalization;
using DiningMenus.Infrastructure.Parsing;
using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>
/// One <c>section.site-panel--daypart</c> of a cafe page, with what its container's data attributes say:
/// the date it is for, the daypart id that keys <c>Bamco.dayparts</c>, and its clock times.
/// </summary>
/// <param name="Markup">The section's text within the page (not copied until the markup fallback needs it).</param>
internal sealed record DaypartSection(ReadOnlyMemory<char> Markup, string? EndDate, string? DaypartId, string? Title, TimeOnly? Start, TimeOnly? End)
{
    public const string SectionClass = "site-panel--daypart";

    // The section's head ends with its title; the tabs and items follow.
    private const string HeadEnd = "</h2>";

    /// <summary>"Closed" or "Closed for Winter Break": the hall does not serve this daypart.</summary>
    public bool IsClosed => Title?.StartsWith("Closed", StringComparison.OrdinalIgnoreCase) == true;

    public bool IsFor(DateOnly date) => EndDate == date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every daypart section of the page, in page order.</summary>
    public static List<DaypartSection> FindAll(string html) =>
    [
        .. SitePanelScanner.Find(html, SectionClass).Select(extent => FromHead(html, extent.Start, extent.Length)).OfType<DaypartSection>(),
    ];

    /// <summary>The whole section as a DOM, for the markup fallback (stations and item blocks).</summary>
    public HtmlNode LoadMarkup() => Load(Markup.ToString());

    /// <summary>"10:30" or "9:00" (local 24-hour clock) as a time, else null.</summary>
    public static TimeOnly? ClockTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    private static DaypartSection? FromHead(string html, int start, int length)
    {
        var headEnd = html.IndexOf(HeadEnd, start, length, StringComparison.OrdinalIgnoreCase);
        var headLength = headEnd < 0 ? length : headEnd + HeadEnd.Length - start;
        var section = Load(html.Substring(start, headLength)).Element("section");
        if (section is null || !section.HasClass(SectionClass))
        {
            return null; // the class text was only part of another class name
        }

        var container = section.Descendants("div").FirstOrDefault(d => d.HasClass("site-panel__daypart-container"));
        var heading = section.Descendants("h2").FirstOrDefault(h => h.HasClass("site-panel__daypart-panel-title"));
        var title = MenuText.FromHtml(heading?.InnerText) ?? MenuText.FromHtml(section.GetAttributeValue("data-jump-nav-title", null));
        return new DaypartSection(
            html.AsMemory(start, length),
            Attribute(container, "data-end-date"),
            Attribute(container, "data-daypart-id"),
            title,
            ClockTime(Attribute(container, "data-start-time")),
            ClockTime(Attribute(container, "data-end-time")));
    }

    private static HtmlNode Load(string fragment)
    {
        var document = new HtmlDocument();
        document.LoadHtml(fragment);
        return document.DocumentNode;
    }

    private static string? Attribute(HtmlNode? node, string name) => MenuText.Clean(node?.GetAttributeValue(name, null));
}
