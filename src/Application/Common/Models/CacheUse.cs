namespace DiningMenus.Application.Common.Models;

/// <summary>How a cacheable query uses the cache: an explicit part of the query, never ambient state.</summary>
public enum CacheUse
{
    /// <summary>The cached answer, else a fetch answered within the deadline (its kept copy or a 503 after it).</summary>
    ReadOrFetch,

    /// <summary>Fetch now and wait for it, replacing the cached answer when the fetch succeeds (admin refresh).</summary>
    Refresh,

    /// <summary>Never fetch: the cached answer, else the kept copy, else a 503.</summary>
    KeptOnly,
}
