namespace DiningMenus.Infrastructure.Caching;

/// <summary>The <c>Cache</c> configuration section.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>Life of a freshly fetched menu.</summary>
    public int BaseTtlSeconds { get; set; } = 1800;

    /// <summary>Each fresh entry lives BaseTtl ± a uniform whole number of seconds up to this, so entries do not expire together.</summary>
    public int JitterSeconds { get; set; } = 300;

    /// <summary>Life of a stale or unpublished answer, so upstream is asked again soon.</summary>
    public int ShortTtlSeconds { get; set; } = 60;

    /// <summary>How long the last good copy of each hall and date is kept for fallbacks.</summary>
    public int LastGoodDays { get; set; } = 21;

    /// <summary>Longest a coalesced fetch may run; its waiters then get a timeout.</summary>
    public int CoalesceTimeoutSeconds { get; set; } = 30;

    /// <summary>Longest one cache read or write may take before it counts as a miss / is skipped.</summary>
    public int OperationTimeoutMilliseconds { get; set; } = 500;

    /// <summary>Life of the in-process copy in front of Redis; short, so instances agree within seconds.</summary>
    public int L1Seconds { get; set; } = 5;

    /// <summary>An entry read in this last fraction of its life is refreshed in the background once.</summary>
    public double RefreshAheadFraction { get; set; } = 0.1;

    /// <summary>Consecutive cache failures after which the cache is skipped for <see cref="BreakerSeconds"/>.</summary>
    public int BreakerFailureThreshold { get; set; } = 3;

    /// <summary>How long the cache is skipped once the breaker opens.</summary>
    public int BreakerSeconds { get; set; } = 5;

    /// <summary>Redis connect timeout; commands never queue while disconnected (they fail fast).</summary>
    public int RedisConnectTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>Expiry of the cross-instance fill lock; longer than a fetch may run.</summary>
    public int FillLockSeconds { get; set; } = 40;

    /// <summary>Longest an instance waits for another instance's fill before fetching itself.</summary>
    public int FillWaitSeconds { get; set; } = 10;

    /// <summary>How often a waiting instance checks whether the fill lock is released.</summary>
    public int FillPollMilliseconds { get; set; } = 25;

    /// <summary>Prefix of every key, so that several services can share one Redis.</summary>
    public string InstanceName { get; set; } = "diningmenus:";
}
