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
    private static readonly string[] WithOffset =
        ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private static readonly string[] Local =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = SpaceForPlus().Replace(text.Trim(), "+$1");
        if (HasOffset().IsMatch(value))
        {
            return DateTimeOffset.TryParseExact(value, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
        }

        if (!DateTime.TryParseExact(value, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        instant = ServiceCalendar.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        return true;
    }

    [GeneratedRegex(@"(?<=T[\d:.]+) (\d{2}:?\d{2})$")]
    private static partial Regex SpaceForPlus();

    [GeneratedRegex(@"T[\d:.]+(Z|z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex HasOffset();
}
