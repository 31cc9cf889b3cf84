namespace DiningMenus.Application.Common.Options;

/// <summary>The <c>Menus</c> configuration section.</summary>
public sealed class MenusOptions
{
    public const string SectionName = "Menus";

    /// <summary>How many days before today (Pacific) a client may ask for.</summary>
    public int MaxDaysBack { get; set; } = 7;

    /// <summary>How many days after today (Pacific) a client may ask for.</summary>
    public int MaxDaysAhead { get; set; } = 14;

    /// <summary>
    /// How long a failed fetch is remembered: within it, requests get the stale copy or a 503 without a new
    /// upstream call (at most one background retry), and a 503's Retry-After says what is left of it.
    /// </summary>
    public int RetryAfterSeconds { get; set; } = 60;

    /// <summary>
    /// How long a request waits for a vendor: then it is answered with the last good copy of the date (stale) or a
    /// 503, and the fetch goes on in the background. A range or open-now shares one deadline across its reads.
    /// </summary>
    public int AnswerDeadlineSeconds { get; set; } = 3;
}
