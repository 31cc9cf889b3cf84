using System.Globalization;

namespace DiningMenus.Application.Menus.Common;

/// <summary>Cache keys of day menus; versioned so that a change of the cached shape starts afresh.</summary>
public static class DayMenuCacheKeys
{
    public static string Fresh(string hallId, DateOnly date) => $"menus:v1:day:{Normalize(hallId)}:{Format(date)}";

    public static string LastGood(string hallId, DateOnly date) => $"menus:v1:last-good:{Normalize(hallId)}:{Format(date)}";

    private static string Normalize(string hallId) => hallId.Trim().ToLowerInvariant();

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
