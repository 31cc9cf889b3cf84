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

    /// <summary>Prefix of every key, so that several services can share one Redis.</summary>
    public string InstanceName { get; set; } = "diningmenus:";
}
