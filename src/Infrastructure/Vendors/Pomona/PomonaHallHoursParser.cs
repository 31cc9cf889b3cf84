using System.Text;
using DiningMenus.Domain.Hours;
using DiningMenus.Infrastructure.Parsing;
using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>
/// Reads the regular week from a Pomona hall page's <c>div.dining-hours-top</c>, in either markup:
/// older <c>div.dining-days</c> + <c>div.dining-hours</c> columns, or newer <c>&lt;p&gt;&lt;strong&gt;Monday - Friday&lt;/strong&gt;&lt;/p&gt;</c>
/// followed by <c>&lt;span&gt;Breakfast:&lt;/span&gt; 7:30 - 10 a.m.&lt;br&gt;</c> lines. Both are read as text lines:
/// a line naming days and no times starts a group, a "Label: times" line adds a service to it. Commented-out
/// lines are dropped, and so is anything from <c>.dining-hall-location</c> on. Hours-only services
/// ("Continental Breakfast", "Continuous Service") are kept with their labels.
/// </summary>
public static class PomonaHallHoursParser
{
    private static readonly HashSet<string> LineBreakingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "dt", "dd", "table",
    };

    /// <summary>The page's week; null when the page has no hours block or no readable line in it.</summary>
    public static WeeklyHours? Parse(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var document = new HtmlDocument();
        document.LoadHtml(html);
        var block = document.DocumentNode.SelectSingleNode("//div[contains(concat(' ', normalize-space(@class), ' '), ' dining-hours-top ')]");
        if (block is null)
        {
            return null;
        }

        var week = new Dictionary<DayOfWeek, List<ServiceHours>>();
        IReadOnlyList<DayOfWeek> group = [];
        foreach (var line in Lines(block))
        {
            if (TryService(line, out var label, out var start, out var end))
            {
                foreach (var day in ServiceDays(label, group))
                {
                    DayOf(week, day).Add(ServiceHours.Labelled(LabelWithoutDays(label), start, end));
                }
            }
            else if (DayRangeText.TryParse(line, out var days))
            {
                group = days;
                foreach (var day in days)
                {
                    DayOf(week, day); // listed: closed unless a service follows
                }
            }
        }

        return week.Count == 0 ? null : new WeeklyHours(week.ToDictionary(p => p.Key, p => (IReadOnlyList<ServiceHours>)p.Value));
    }

    /// <summary>"Breakfast: 7:30 - 10 a.m." → ("Breakfast", 07:30, 10:00). Lines without a readable range are not services.</summary>
    private static bool TryService(string line, out string label, out TimeOnly start, out TimeOnly end)
    {
        label = string.Empty;
        start = end = default;
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        // The label's colon precedes the first digit; a colon inside "7:30" is not a label's.
        var firstDigit = line.AsSpan().IndexOfAnyInRange('0', '9');
        if (colon <= 0 || (firstDigit >= 0 && colon > firstDigit) || !ClockRangeText.TryParse(line[(colon + 1)..], out start, out end))
        {
            return false;
        }

        label = MenuText.Clean(line[..colon]) ?? string.Empty;
        return label.Length > 0;
    }

    /// <summary>A label may name its own days ("Friday Late Night: ..."); otherwise the current heading's days apply.</summary>
    private static IReadOnlyList<DayOfWeek> ServiceDays(string label, IReadOnlyList<DayOfWeek> group) =>
        DayRangeText.TryParse(label, out var own) ? own : group;

    /// <summary>"Friday Late Night" → "Late Night"; a label of days only ("Monday - Friday") becomes "Open".</summary>
    private static string LabelWithoutDays(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !DayRangeText.TryParse(w, out _) && w.Any(char.IsLetter))
            .ToArray();
        return words.Length > 0 ? string.Join(' ', words) : "Open";
    }

    private static List<ServiceHours> DayOf(Dictionary<DayOfWeek, List<ServiceHours>> week, DayOfWeek day)
    {
        if (!week.TryGetValue(day, out var services))
        {
            week[day] = services = [];
        }

        return services;
    }

    /// <summary>The block's visible text, one entry per line (line breaks and block elements end a line).</summary>
    private static List<string> Lines(HtmlNode block)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(block, lines, current);
        Flush(lines, current);
        return lines;
    }

    /// <returns>False once <c>.dining-hall-location</c> is reached: nothing after it is hours.</returns>
    private static bool Walk(HtmlNode node, List<string> lines, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Comment:
                    continue; // commented-out hours are retired ones
                case HtmlNodeType.Text:
                    current.Append(HtmlEntity.DeEntitize(child.InnerText));
                    continue;
                case HtmlNodeType.Element when child.HasClass("dining-hall-location"):
                    return false;
                case HtmlNodeType.Element when child.Name is "script" or "style":
                    continue;
            }

            var breaks = LineBreakingTags.Contains(child.Name);
            if (breaks)
            {
                Flush(lines, current);
            }

            if (!Walk(child, lines, current))
            {
                return false;
            }

            if (breaks)
            {
                Flush(lines, current);
            }
        }

        return true;
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        if (MenuText.Clean(current.ToString()) is { } line)
        {
            lines.Add(line);
        }

        current.Clear();
    }
}
