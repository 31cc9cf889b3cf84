namespace DiningMenus.Infrastructure.Warming;

/// <summary>The <c>Warmer</c> configuration section.</summary>
public sealed class WarmerOptions
{
    public const string SectionName = "Warmer";

    public bool Enabled { get; set; } = true;

    /// <summary>How often every hall's menus are warmed.</summary>
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>Days after today to warm as well, as far as each vendor publishes (6: a week); at most <c>Menus:MaxDaysAhead</c>.</summary>
    public int DaysAhead { get; set; } = 6;

    /// <summary>Minutes after Pacific midnight for the run that warms the new day.</summary>
    public int AfterMidnightMinutes { get; set; } = 5;
}
