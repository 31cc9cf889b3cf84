namespace DiningMenus.Application.Common.Caching;

/// <summary>The <c>Cache</c> configuration section.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>Life of a freshly fetched menu.</summary>
    public int BaseTtlSeconds { get; set; } = 1800;

    /// <summary>Each fresh entry lives BaseTtl ± a uniform whole number of seconds up to this in Redis, so entries do not expire together.</summary>
    public int JitterSeconds { get; set; } = 300;

    /// <summary>Life of an unpublished or reduced-fidelity answer, and the max-age of a stale one, so upstream is asked again soon.</summary>
    public int ShortTtlSeconds { get; set; } = 60;

    /// <summary>How long the last good copy of each hall and date is kept for fallbacks.</summary>
    public int LastGoodDays { get; set; } = 21;

    /// <summary>Longest a fetch may run (in the background once the answer deadline has passed) before it is given up as failed.</summary>
    public int FetchTimeoutSeconds { get; set; } = 30;

    /// <summary>How long an expired entry is kept in process as the fail-safe fallback for a slow or failing fetch.</summary>
    public int FailSafeMaxHours { get; set; } = 24;

    /// <summary>Longest one Redis read or write may take before it counts as a miss / is skipped.</summary>
    public int OperationTimeoutMilliseconds { get; set; } = 500;

    /// <summary>An entry read in this last fraction of its life is refreshed in the background once.</summary>
    public double RefreshAheadFraction { get; set; } = 0.1;

    /// <summary>How long Redis is left alone after an operation on it failed.</summary>
    public int BreakerSeconds { get; set; } = 5;

    /// <summary>Redis connect timeout; commands never queue while disconnected (they fail fast).</summary>
    public int RedisConnectTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>Prefix of every Redis key and of the backplane channel, so that several services can share one Redis.</summary>
    public string InstanceName { get; set; } = "diningmenus:";
}
