using DiningMenus.Application.Common.Models;

namespace DiningMenus.Application.Common.Caching;

/// <summary>
/// What the cache keeps under a query's key: the answer and until when it is fresh, or a remembered failure
/// (no answer, and until when that failure stands). Served after <see cref="FreshUntil"/> only as FusionCache's
/// fail-safe fallback, which the caching behavior then marks stale.
/// </summary>
/// <param name="Value">The handler's answer; default for a remembered failure.</param>
/// <param name="Lifetime">Fresh, short, or <see cref="CacheLifetime.Failed"/> (a stale copy or no answer).</param>
/// <param name="FreshUntil">The end of the answer's life, or of the failure's retry window.</param>
/// <param name="Failure">Why there is no answer (the 503's detail); null when there is one.</param>
public sealed record CachedAnswer<T>(T? Value, CacheLifetime Lifetime, DateTimeOffset FreshUntil, string? Failure)
{
    /// <summary>A fetch that failed: a stale copy or nothing. A good earlier answer beats it as a fallback.</summary>
    public bool IsFailure => Lifetime == CacheLifetime.Failed;
}
