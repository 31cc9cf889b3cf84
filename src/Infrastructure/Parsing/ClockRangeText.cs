using System.Globalization;
using System.Text.RegularExpressions;

namespace DiningMenus.Infrastructure.Parsing;

/// <summary>
/// Reads a 12-hour clock range as hall pages write it: "7:30 - 10 a.m.", "11 a.m. - 1:30 p.m.", "5–7:30 PM",
/// "10am to noon". A side without a.m./p.m. takes the other side's ("7:30 - 10 a.m." starts at 7:30 a.m.),
/// unless that would put the start after the end ("11:30 - 1 p.m." starts at 11:30 a.m.).
/// </summary>
public static partial class ClockRangeText
{
    public static bool TryParse(string? text, out TimeOnly start, out TimeOnly end)
    {
        start = end = default;
        var match = text is null ? null : Range().Match(text);
        if (match is not { Success: true })
        {
            return false;
        }

        var from = Side.Read(match, "s");
        var to = Side.Read(match, "e");
        if (from is null || to is null)
        {
            return false;
        }

        var (s, e) = (from.Value, to.Value);
        if (s.Pm is null && e.Pm is null)
        {
            return false; // "5 - 7:30": morning or evening cannot be told
        }

        var startPm = s.Pm ?? e.Pm!.Value;
        var endPm = e.Pm ?? s.Pm!.Value;
        var startTime = s.At(startPm);
        var endTime = e.At(endPm);
        if (s.Pm is null && startTime > endTime)
        {
            startTime = s.At(!startPm);
        }
        else if (e.Pm is null && endTime <= startTime)
        {
            endTime = e.At(!endPm);
        }

        (start, end) = (startTime, endTime);
        return true;
    }

    private readonly record struct Side(int Hour, int Minute, bool? Pm)
    {
        public static Side? Read(Match match, string prefix)
        {
            var word = match.Groups[prefix + "w"];
            if (word.Success)
            {
                return word.Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? new Side(12, 0, true) : new Side(12, 0, false);
            }

            var hour = int.Parse(match.Groups[prefix + "h"].Value, CultureInfo.InvariantCulture);
            var minute = match.Groups[prefix + "m"].Success ? int.Parse(match.Groups[prefix + "m"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour is < 1 or > 12 || minute > 59)
            {
                return null;
            }

            var meridiem = match.Groups[prefix + "p"];
            bool? pm = meridiem.Success ? char.ToLowerInvariant(meridiem.Value[0]) == 'p' : null;
            return new Side(hour, minute, pm);
        }

        /// <summary>12 a.m. is midnight and 12 p.m. noon.</summary>
        public TimeOnly At(bool pm) => new((Hour % 12) + (pm ? 12 : 0), Minute);
    }

    [GeneratedRegex("""
        (?:(?<sw>noon|midnight)|(?<sh>\d{1,2})(?::(?<sm>\d{2}))?\s*(?<sp>[ap]\.?\s?m\.?)?)
        \s*(?:-|–|—|to|until)\s*
        (?:(?<ew>noon|midnight)|(?<eh>\d{1,2})(?::(?<em>\d{2}))?\s*(?<ep>[ap]\.?\s?m\.?)?)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Range();
}
