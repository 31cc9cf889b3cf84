using System.Globalization;
using System.Text.Json;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;

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
            return ReadDay(DaypartSection.FindAll(html), data, hallId, date);
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

    private static MenuReadResult ReadDay(List<DaypartSection> sections, BamcoScriptData data, string hallId, DateOnly date)
    {
        if (sections.Count == 0)
        {
            // A cafe page without dayparts is a day with nothing published; anything else is not a cafe page.
            return data.HasAny
                ? MenuReadResult.Read(DayMenu.Unpublished(hallId, date))
                : Malformed("no daypart sections and no Bamco menu data: not a cafe page");
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

        var meals = forDate
            .Where(s => !s.IsClosed)
            .Select(s => ReadMeal(s, data))
            .Where(m => m.ItemCount > 0)
            .ToList();

        return MenuReadResult.Read(meals.Count > 0
            ? new DayMenu(hallId, date, DayStatus.Open, meals)
            : DayMenu.Unpublished(hallId, date));
    }

    /// <summary>The daypart JSON is the complete source; the markup is the fallback when a page lacks it.</summary>
    private static Meal ReadMeal(DaypartSection section, BamcoScriptData data) =>
        data.MenuItems is not null && data.Daypart(section.DaypartId) is { } daypart
            ? DaypartMealReader.FromDaypartJson(daypart, section, data)
            : DaypartMealReader.FromMarkup(section, data);

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
