using System.Globalization;
using System.Text.Json;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>
/// Parses a dated Bon Appétit cafe page (<c>/cafe/&lt;slug&gt;/YYYY-MM-DD/</c>) into the <see cref="DayMenu"/> of
/// that date. The page's daypart sections say which dates and meals it shows; the menu itself is read from
/// the JSON its scripts assign (<c>Bamco.dayparts</c>, <c>Bamco.menu_items</c>), or from the markup without it.
/// Never throws for odd input: it returns a typed failure.
/// </summary>
public static class BonAppetitPageParser
{
    /// <summary>How far from the end "&lt;/html&gt;" is looked for; real pages end with a few script tags.</summary>
    private const int TailLength = 4096;

    public static MenuReadResult Parse(string html, string hallId, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return Malformed("the page is empty");
        }

        if (!EndsAsAPage(html))
        {
            // A cut-off page would yield its first sections with only part of their items.
            return Malformed("the page is truncated (no closing </html>)");
        }

        try
        {
            using var data = BamcoScriptData.Read(html);
            return ReadDay(html, data, hallId, date);
        }
        catch (JsonException ex)
        {
            return Malformed($"the page's menu JSON is broken: {ex.Message}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or InsufficientExecutionStackException)
        {
            return Malformed($"the page could not be read: {ex.Message}");
        }
    }

    private static MenuReadResult ReadDay(string html, BamcoScriptData data, string hallId, DateOnly date)
    {
        var sections = DaypartSection.FindAll(html);
        if (sections.Count == 0)
        {
            return NoMenu(html, data, hallId, date);
        }

        var forDate = sections.Where(s => s.IsFor(date)).ToList();
        if (forDate.Count == 0)
        {
            return WrongDate(sections, date);
        }

        if (forDate.All(s => s.IsClosed))
        {
            return MenuReadResult.Read(DayMenu.Closed(hallId, date));
        }

        var report = new ParseReport();
        var labels = new VendorLabelReader(VendorType.BonAppetit, report);
        var fidelity = ReadFidelity.Full;
        var meals = new List<Meal>();
        foreach (var section in forDate.Where(s => !s.IsClosed))
        {
            var meal = ReadMeal(section, data, labels, ref fidelity);
            if (meal.ItemCount > 0)
            {
                meals.Add(meal);
            }
        }

        return MenuReadResult.Read(
            meals.Count > 0 ? new DayMenu(hallId, date, DayStatus.Open, meals) { Fidelity = fidelity } : DayMenu.Unpublished(hallId, date),
            report);
    }

    /// <summary>
    /// A page without daypart sections. With the site frame (the cafe-info panel) or an (empty) menu-data assignment
    /// it is a cafe page with no menu for the date: closed when it says "Currently Closed" and lists no service for
    /// the date, else unpublished. Without either it is not a cafe page (an error page that happens to end in
    /// &lt;/html&gt;).
    /// </summary>
    private static MenuReadResult NoMenu(string html, BamcoScriptData data, string hallId, DateOnly date)
    {
        var panel = CafeInfoPanel.Find(html);
        if (panel is { SaysClosedAllDay: true })
        {
            return MenuReadResult.Read(DayMenu.Closed(hallId, date));
        }

        return panel is not null || data.HasAny
            ? MenuReadResult.Read(DayMenu.Unpublished(hallId, date))
            : Malformed("no daypart sections, no cafe-info panel and no Bamco menu data: not a cafe page");
    }

    /// <summary>
    /// The daypart JSON is the complete source; the markup is the fallback when a page lacks it. A meal whose items had
    /// to be read from the markup alone lowers the day's fidelity to <see cref="ReadFidelity.Reduced"/>.
    /// </summary>
    private static Meal ReadMeal(DaypartSection section, BamcoScriptData data, VendorLabelReader labels, ref ReadFidelity fidelity)
    {
        if (data.MenuItems is not null && data.Daypart(section.DaypartId) is { } daypart)
        {
            return DaypartMealReader.FromDaypartJson(daypart, section, data, labels);
        }

        var meal = DaypartMealReader.FromMarkup(section, data, labels, out var fromMarkupOnly);
        if (fromMarkupOnly)
        {
            fidelity = ReadFidelity.Reduced;
        }

        return meal;
    }

    private static MenuReadResult WrongDate(List<DaypartSection> sections, DateOnly date)
    {
        var dates = sections.Select(s => s.EndDate).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var requested = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return dates.Count == 0
            ? Malformed("the daypart sections carry no data-end-date")
            : MenuReadResult.Failed(SourceFailureKind.WrongDate, $"the page shows {string.Join(", ", dates)}, not {requested}");
    }

    private static bool EndsAsAPage(string html)
    {
        var tail = html.AsSpan(Math.Max(0, html.Length - TailLength));
        return tail.Contains("</html>", StringComparison.OrdinalIgnoreCase);
    }

    private static MenuReadResult Malformed(string reason) => MenuReadResult.Failed(SourceFailureKind.Malformed, reason);
}
