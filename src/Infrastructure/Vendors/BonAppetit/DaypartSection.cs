using System.Globalization;
using DiningMenus.Infrastructure.Parsing;
using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>
/// One <c>section.site-panel--daypart</c> of a cafe page, with what its container's data attributes say:
/// the date it is for, the daypart id that keys <c>Bamco.dayparts</c>, and its clock times.
/// </summary>
internal sealed record DaypartSection(HtmlNode Node, string? EndDate, string? DaypartId, string? Title, TimeOnly? Start, TimeOnly? End)
{
    public const string SectionClass = "site-panel--daypart";

    /// <summary>"Closed" or "Closed for Winter Break": the hall does not serve this daypart.</summary>
    public bool IsClosed => Title?.StartsWith("Closed", StringComparison.OrdinalIgnoreCase) == true;

    public bool IsFor(DateOnly date) => EndDate == date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every daypart section of the page, in document order.</summary>
    public static List<DaypartSection> FindAll(HtmlDocument page) =>
    [
        .. page.DocumentNode.Descendants("section").Where(s => s.HasClass(SectionClass)).Select(From),
    ];

    private static DaypartSection From(HtmlNode section)
    {
        var container = section.Descendants("div").FirstOrDefault(d => d.HasClass("site-panel__daypart-container"));
        var heading = section.Descendants("h2").FirstOrDefault(h => h.HasClass("site-panel__daypart-panel-title"));
        var title = MenuText.FromHtml(heading?.InnerText) ?? MenuText.FromHtml(section.GetAttributeValue("data-jump-nav-title", null));
        return new DaypartSection(
            section,
            Attribute(container, "data-end-date"),
            Attribute(container, "data-daypart-id"),
            title,
            ClockTime(Attribute(container, "data-start-time")),
            ClockTime(Attribute(container, "data-end-time")));
    }

    /// <summary>"10:30" or "9:00" (local 24-hour clock) as a time, else null.</summary>
    public static TimeOnly? ClockTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    private static string? Attribute(HtmlNode? node, string name) => MenuText.Clean(node?.GetAttributeValue(name, null));
}
