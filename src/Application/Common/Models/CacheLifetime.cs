namespace DiningMenus.Application.Common.Models;

/// <summary>How long a cached answer lives; the seconds behind each come from configuration.</summary>
public enum CacheLifetime
{
    /// <summary>A freshly fetched menu: <c>Cache:BaseTtlSeconds</c> (± <c>Cache:JitterSeconds</c> in Redis).</summary>
    Fresh,

    /// <summary>An unpublished or reduced-fidelity answer, retried soon: <c>Cache:ShortTtlSeconds</c>.</summary>
    Short,

    /// <summary>A failed fetch (the stale copy or the 503 it gave), remembered for <c>Menus:RetryAfterSeconds</c>.</summary>
    Failed,
}
