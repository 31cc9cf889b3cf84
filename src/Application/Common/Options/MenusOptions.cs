namespace DiningMenus.Application.Common.Options;

/// <summary>The <c>Menus</c> configuration section.</summary>
public sealed class MenusOptions
{
    public const string SectionName = "Menus";

    /// <summary>How many days before today (Pacific) a client may ask for.</summary>
    public int MaxDaysBack { get; set; } = 7;

    /// <summary>How many days after today (Pacific) a client may ask for.</summary>
    public int MaxDaysAhead { get; set; } = 14;

    /// <summary>The Retry-After of a 503 when no source and no good copy can answer.</summary>
    public int RetryAfterSeconds { get; set; } = 60;
}
