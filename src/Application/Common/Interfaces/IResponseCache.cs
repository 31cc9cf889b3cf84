using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Models;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// The shared cache (Redis, or in-memory without Redis). Best-effort: a read that fails is a miss and a
/// write that fails is skipped, so callers never see cache errors.
/// </summary>
public interface IResponseCache
{
    /// <summary>The stored value, or default on a miss (also when the cache is unreachable).</summary>
    ValueTask<T?> GetAsync<T>(string key, CancellationToken cancellationToken);

    /// <summary>The stored value with its age, or null on a miss.</summary>
    ValueTask<CacheEntry<T>?> GetEntryAsync<T>(string key, CancellationToken cancellationToken);

    ValueTask SetAsync<T>(string key, T value, CacheLifetime lifetime, CancellationToken cancellationToken);

    ValueTask RemoveAsync(string key, CancellationToken cancellationToken);
}
