namespace DiningMenus.Application.Common.Models;

/// <summary>How long an entry lives; the seconds behind each come from configuration.</summary>
public enum CacheLifetime
{
    /// <summary>A freshly fetched menu: <c>Cache:BaseTtlSeconds</c> ± <c>Cache:JitterSeconds</c>.</summary>
    Fresh,

    /// <summary>A stale or unpublished answer, retried soon: <c>Cache:ShortTtlSeconds</c>.</summary>
    Short,

    /// <summary>The last good copy kept for fallbacks: <c>Cache:LastGoodDays</c>.</summary>
    LastGood,
}
