using System.Globalization;
using System.Text.Json;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;
using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// Parses the legacy BiteMenu <c>MenuOnly</c> page, whose <c>&lt;div id='nutData'&gt;</c> holds the week as
/// HTML-escaped JSON: <c>[{date, dayParts: [{dayPartName, courses: [{courseName, menuItems}]}]}]</c>, or in one
/// variant a flat per-day <c>menuItems</c> list whose items name their <c>meal</c> and <c>course</c>.
/// </summary>
public static class SodexoNutDataParser
{
    /// <summary>Every day of the page's week; <paramref name="date"/> is Unpublished when the week lacks it.</summary>
    public static MenuReadResult Parse(string html, string hallId, DateOnly date)
    {
        var json = NutDataJson(html);
        if (json is null)
        {
            return MenuReadResult.Failed(SourceFailureKind.Malformed, "the page has no #nutData element with text");
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return MenuReadResult.Failed(SourceFailureKind.Malformed, $"#nutData is not a JSON array of days but {document.RootElement.ValueKind}");
            }

            var labels = new VendorLabelReader(VendorType.Sodexo, new ParseReport());
            var days = ReadDays(document.RootElement, hallId, labels);
            if (days.All(d => d.Date != date))
            {
                days.Add(DayMenu.Unpublished(hallId, date));
            }

            return MenuReadResult.Read(days, labels.Report);
        }
        catch (JsonException ex)
        {
            return MenuReadResult.Failed(SourceFailureKind.Malformed, $"#nutData is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// The element's text with entities decoded once. Its inner HTML would leave them doubly escaped
    /// (<c>&amp;amp;</c>); the item reader decodes the JSON values' own entities afterwards.
    /// </summary>
    internal static string? NutDataJson(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var document = new HtmlDocument();
        document.LoadHtml(html);
        var text = document.GetElementbyId("nutData")?.InnerText;
        return string.IsNullOrWhiteSpace(text) ? null : HtmlEntity.DeEntitize(text);
    }

    private static List<DayMenu> ReadDays(JsonElement entries, string hallId, VendorLabelReader labels)
    {
        var days = new List<DayMenu>();
        foreach (var entry in entries.EnumerateArray())
        {
            // "2026-02-07T00:00:00": the calendar date is the prefix, whatever follows.
            var stamp = entry.Str("date");
            if (stamp is { Length: >= 10 }
                && DateOnly.TryParseExact(stamp[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && days.All(d => d.Date != date))
            {
                days.Add(ReadDay(entry, hallId, date, labels));
            }
        }

        return days;
    }

    private static DayMenu ReadDay(JsonElement entry, string hallId, DateOnly date, VendorLabelReader labels)
    {
        var meals = new List<MealBuilder>();
        if (entry.Prop("dayParts") is { ValueKind: JsonValueKind.Array } dayParts)
        {
            foreach (var dayPart in dayParts.EnumerateArray())
            {
                var meal = MealNamed(meals, dayPart.Str("dayPartName"), labels);
                foreach (var course in dayPart.Prop("courses").OneOrMany())
                {
                    foreach (var item in course.Prop("menuItems").OneOrMany())
                    {
                        meal.Add(course.Str("courseName"), item);
                    }
                }
            }
        }
        else
        {
            foreach (var item in entry.Prop("menuItems").OneOrMany())
            {
                MealNamed(meals, item.Str("meal"), labels).Add(item.Str("course"), item);
            }
        }

        var built = meals.Select(m => m.Build()).Where(m => m.ItemCount > 0).OrderBy(m => m.Period).ToList();
        return built.Count > 0 ? new DayMenu(hallId, date, DayStatus.Open, built) : DayMenu.Unpublished(hallId, date);
    }

    private static MealBuilder MealNamed(List<MealBuilder> meals, string? label, VendorLabelReader labels)
    {
        var name = MenuText.Clean(label) ?? string.Empty;
        var meal = meals.FirstOrDefault(m => m.Label.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (meal is null)
        {
            meal = new MealBuilder(name, labels);
            meals.Add(meal);
        }

        return meal;
    }

    private sealed class MealBuilder(string label, VendorLabelReader labels)
    {
        private readonly StationListBuilder _stations = new(labels.Report);
        private TimeOnly? _start;
        private TimeOnly? _end;

        public string Label { get; } = label;

        public void Add(string? courseName, JsonElement element)
        {
            // Items carry their meal's local service window; the meal spans the earliest start to the latest end.
            if (LocalTime(element.Str("startTime")) is { } start && (_start is null || start < _start))
            {
                _start = start;
            }

            if (LocalTime(element.Str("endTime")) is { } end && (_end is null || end > _end))
            {
                _end = end;
            }

            // "EXHIBITION SCR" and "EXHIBITION" are one counter.
            SodexoMenuReader.AddTo(_stations, SodexoMenuReader.StationName(courseName), element, labels);
        }

        public Meal Build() => new(MealPeriods.FromSourceLabel(Label), Label, _start, _end, _stations.Build());

        /// <summary>
        /// The clock time as written in a local timestamp ("2026-02-07T10:30:00"); never shifted by the server's
        /// own time zone.
        /// </summary>
        private static TimeOnly? LocalTime(string? stamp) =>
            DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var written)
                ? TimeOnly.FromDateTime(written.DateTime)
                : null;
    }
}
