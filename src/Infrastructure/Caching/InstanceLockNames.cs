using Microsoft.Extensions.Logging;
using ZiggyCreatures.Caching.Fusion.Locking.Distributed;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// Puts <c>Cache:InstanceName</c> in front of every distributed lock's name, as the Redis cache already does for
/// entries and the backplane for its channel. FusionCache names a lock after the cache key alone, so two services
/// (or two test hosts) sharing one Redis under different instance names would otherwise wait on each other's fills.
/// </summary>
public sealed class InstanceLockNames(IFusionCacheDistributedLocker inner, string instanceName) : IFusionCacheDistributedLocker, IDisposable
{
    public ValueTask<object?> AcquireLockAsync(
        string cacheName, string cacheInstanceId, string operationId, string key, string lockName, TimeSpan timeout, ILogger? logger, CancellationToken token) =>
        inner.AcquireLockAsync(cacheName, cacheInstanceId, operationId, key, instanceName + lockName, timeout, logger, token);

    public object? AcquireLock(
        string cacheName, string cacheInstanceId, string operationId, string key, string lockName, TimeSpan timeout, ILogger? logger, CancellationToken token) =>
        inner.AcquireLock(cacheName, cacheInstanceId, operationId, key, instanceName + lockName, timeout, logger, token);

    public ValueTask ReleaseLockAsync(
        string cacheName, string cacheInstanceId, string operationId, string key, string lockName, object? lockObj, ILogger? logger, CancellationToken token) =>
        inner.ReleaseLockAsync(cacheName, cacheInstanceId, operationId, key, instanceName + lockName, lockObj, logger, token);

    public void ReleaseLock(
        string cacheName, string cacheInstanceId, string operationId, string key, string lockName, object? lockObj, ILogger? logger, CancellationToken token) =>
        inner.ReleaseLock(cacheName, cacheInstanceId, operationId, key, instanceName + lockName, lockObj, logger, token);

    /// <summary>FusionCache disposes its locker with itself; the wrapped one is handed that on.</summary>
    public void Dispose() => (inner as IDisposable)?.Dispose();
}
