using System.Globalization;
using System.Text.RegularExpressions;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Common.Validation;

/// <summary>
/// Reads an ISO 8601 date-time a client sends: with an offset ("2025-12-01T12:00:00Z", "…-08:00") it is that
/// instant; without one ("2025-12-01T12:00") it is Pacific wall-clock time, DST included. An unencoded '+' in
/// a query string arrives as a space ("…T12:00:00 08:00"); that space is read as the '+' it was.
/// </summary>
public static partial class InstantText
{
    private static readonly string[] Local =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private static readonly TimeSpan LargestOffset = TimeSpan.FromHours(14);

    /// <summary>
    /// True for a well-formed date-time that is an instant with a Pacific date: 9999-12-31T16:00 Pacific is
    /// already year 10000 in UTC, and 0001-01-01T00:00Z is still year 0 in Claremont, so neither is one.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (!TryRead(text, out var local, out var offset))
        {
            return false;
        }

        var offsetUsed = offset ?? ServiceCalendar.Pacific.GetUtcOffset(local);
        var utcTicks = local.Ticks - offsetUsed.Ticks;
        if (!IsOnCalendar(utcTicks))
        {
            return false;
        }

        var read = new DateTimeOffset(local, offsetUsed);
        if (!IsOnCalendar(utcTicks + ServiceCalendar.Pacific.GetUtcOffset(read).Ticks))
        {
            return false;
        }

        instant = read;
        return true;
    }

    /// <summary>True when the text has the form of a date-time, whether or not it falls on the calendar.</summary>
    public static bool IsWellFormed(string? text) => TryRead(text, out _, out _);

    /// <summary>The wall-clock part and, when given, the offset (null: Pacific time).</summary>
    private static bool TryRead(string? text, out DateTime local, out TimeSpan? offset)
    {
        local = default;
        offset = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = DateTimeWithOffset().Match(SpaceForPlus().Replace(text.Trim(), "+$1"));
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["local"].Value, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            return false;
        }

        if (!match.Groups["offset"].Success)
        {
            return true;
        }

        offset = ReadOffset(match.Groups["offset"].Value);
        return offset is { } value && value.Duration() <= LargestOffset;
    }

    /// <summary>"Z", "+08:00", "-0800" → the offset; null when the minutes are out of range.</summary>
    private static TimeSpan? ReadOffset(string text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
        if (minutes >= 60)
        {
            return null;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return text[0] == '-' ? offset.Negate() : offset;
    }

    private static bool IsOnCalendar(long ticks) => ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks;

    [GeneratedRegex(@"(?<=T[0-9:.]+) ([0-9]{2}:?[0-9]{2})$")]
    private static partial Regex SpaceForPlus();

    [GeneratedRegex(@"^(?<local>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+?)(?<offset>Z|z|[+-][0-9]{2}:?[0-9]{2})?$")]
    private static partial Regex DateTimeWithOffset();
}
