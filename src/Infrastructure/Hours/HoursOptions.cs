namespace DiningMenus.Infrastructure.Hours;

/// <summary>The <c>Hours</c> configuration section: how long published hours pages are trusted.</summary>
public sealed class HoursOptions
{
    public const string SectionName = "Hours";

    /// <summary>Life of a hall's parsed hours; the pages change a few times a year.</summary>
    public int CacheMinutes { get; set; } = 360;

    /// <summary>Life of a failed read, so that a page that is down is not asked on every request meanwhile.</summary>
    public int FailureCacheSeconds { get; set; } = 120;
}
