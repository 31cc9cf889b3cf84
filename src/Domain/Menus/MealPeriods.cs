namespace DiningMenus.Domain.Menus;

/// <summary>Converts between meal words clients send, source labels and <see cref="MealPeriod"/>.</summary>
public static class MealPeriods
{
    /// <summary>The words a client may ask for, as the earlier service accepted them.</summary>
    public static readonly IReadOnlyList<string> RequestWords = ["breakfast", "brunch", "lunch", "dinner", "late_night"];

    /// <summary>Parses a client's meal word (case-insensitive; "late-night" and "latenight" too).</summary>
    public static bool TryParseRequest(string? word, out MealPeriod period)
    {
        switch (word?.Trim().ToLowerInvariant())
        {
            case "breakfast": period = MealPeriod.Breakfast; return true;
            case "brunch": period = MealPeriod.Brunch; return true;
            case "lunch": period = MealPeriod.Lunch; return true;
            case "dinner": period = MealPeriod.Dinner; return true;
            case "late_night" or "late-night" or "latenight" or "late night": period = MealPeriod.LateNight; return true;
            default: period = MealPeriod.Other; return false;
        }
    }

    /// <summary>
    /// Maps a vendor's meal label ("BRUNCH", "Late Night", "Continental Breakfast", "Dinner") to a period.
    /// Brunch is checked first because some labels mention both ("Breakfast/Brunch").
    /// </summary>
    public static MealPeriod FromSourceLabel(string? label)
    {
        var text = label?.Trim().ToLowerInvariant() ?? string.Empty;
        if (text.Contains("brunch", StringComparison.Ordinal)) return MealPeriod.Brunch;
        if (text.Contains("late night", StringComparison.Ordinal) || text.Contains("late-night", StringComparison.Ordinal)
            || text.Contains("latenight", StringComparison.Ordinal)) return MealPeriod.LateNight;
        if (text.Contains("breakfast", StringComparison.Ordinal)) return MealPeriod.Breakfast;
        if (text.Contains("lunch", StringComparison.Ordinal)) return MealPeriod.Lunch;
        if (text.Contains("dinner", StringComparison.Ordinal) || text.Contains("supper", StringComparison.Ordinal)) return MealPeriod.Dinner;
        return MealPeriod.Other;
    }

    /// <summary>The word used on the wire for a period ("late_night", ...).</summary>
    public static string ToWireName(this MealPeriod period) => period switch
    {
        MealPeriod.Breakfast => "breakfast",
        MealPeriod.Brunch => "brunch",
        MealPeriod.Lunch => "lunch",
        MealPeriod.Dinner => "dinner",
        MealPeriod.LateNight => "late_night",
        _ => "other",
    };
}
