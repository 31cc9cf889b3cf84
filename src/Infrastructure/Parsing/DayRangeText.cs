using System.Text.RegularExpressions;

namespace DiningMenus.Infrastructure.Parsing;

/// <summary>
/// Reads the weekdays a schedule heading names: "Monday - Friday", "Saturdays &amp; Sundays (and holidays)",
/// "Sun–Thu", "Monday through Thursday", "Friday", "Weekdays", "Daily". Ranges wrap past Saturday.
/// Parenthesised remarks ("(and holidays)") are ignored: no holiday calendar is published beside them.
/// </summary>
public static partial class DayRangeText
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The days named, in the order written (a range expanded); false when the text names no day.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<DayOfWeek> days)
    {
        days = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var plain = Parenthesised().Replace(text, " ").ToLowerInvariant();
        var found = new List<DayOfWeek>();
        var tokens = Token().Matches(plain);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Groups["word"].Success && TryDay(token.Value, out var day))
            {
                found.Add(day);
            }
            else if (token.Value is "weekdays" or "weekday")
            {
                found.AddRange(Weekdays);
            }
            else if (token.Value is "weekends" or "weekend")
            {
                found.AddRange(Weekend);
            }
            else if (token.Value is "daily" or "everyday")
            {
                found.AddRange(Enum.GetValues<DayOfWeek>());
            }
            else if (token.Groups["range"].Success && found.Count > 0 && i + 1 < tokens.Count && TryDay(tokens[i + 1].Value, out var last))
            {
                // "Monday - Friday": the start is already in the list; add the days after it up to the end.
                for (var d = Next(found[^1]); d != last; d = Next(d))
                {
                    found.Add(d);
                }
            }
        }

        days = [.. found.Distinct()];
        return days.Count > 0;
    }

    private static bool TryDay(string word, out DayOfWeek day)
    {
        var stem = word.Length >= 3 ? word[..3] : word;
        (var known, day) = stem switch
        {
            "sun" => (true, DayOfWeek.Sunday),
            "mon" => (true, DayOfWeek.Monday),
            "tue" => (true, DayOfWeek.Tuesday),
            "wed" => (true, DayOfWeek.Wednesday),
            "thu" => (true, DayOfWeek.Thursday),
            "fri" => (true, DayOfWeek.Friday),
            "sat" => (true, DayOfWeek.Saturday),
            _ => (false, default),
        };

        // "sunday", "sundays", "sun", "thurs": the word must start like a day name and be no longer than one.
        return known && word.Length <= day.ToString().Length + 1 && day.ToString().StartsWith(word.TrimEnd('s'), StringComparison.OrdinalIgnoreCase);
    }

    private static DayOfWeek Next(DayOfWeek day) => (DayOfWeek)(((int)day + 1) % 7);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    // Connectors first, so that "to" and "through" are not read as words.
    [GeneratedRegex(@"(?<range>[-\u2013\u2014]|\b(?:to|through|thru)\b)|(?<word>[a-z]+)")]
    private static partial Regex Token();
}
