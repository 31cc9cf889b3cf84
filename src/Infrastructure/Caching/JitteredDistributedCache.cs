using System.Text.Json;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// <see cref="IResponseCache"/> over <see cref="IDistributedCache"/> (Redis or in-memory): JSON values,
/// jittered lifetimes, and best-effort access — every call is bounded by a timeout, and a failure is a
/// miss or a skipped write, never an error for the request.
/// </summary>
public sealed partial class JitteredDistributedCache(
    IDistributedCache cache,
    CacheTtlPolicy ttl,
    IOptions<CacheOptions> options,
    ILogger<JitteredDistributedCache> logger) : IResponseCache
{
    public async ValueTask<T?> GetAsync<T>(string key, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await cache.GetAsync(key, cancellationToken).WaitAsync(Timeout, cancellationToken);
            return bytes is null ? default : JsonSerializer.Deserialize<T>(bytes, CacheJson.Options);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (JsonException ex)
        {
            // An entry written by an older shape: treat as a miss; the next write replaces it.
            LogUnreadable(logger, key, ex.Message);
            return default;
        }
        catch (Exception ex)
        {
            LogCacheFailed(logger, "read", key, ex.GetType().Name, ex.Message);
            return default;
        }
    }

    public async ValueTask SetAsync<T>(string key, T value, CacheLifetime lifetime, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(value, CacheJson.Options);
            var entry = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = ttl.For(lifetime) };
            await cache.SetAsync(key, bytes, entry, cancellationToken).WaitAsync(Timeout, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogCacheFailed(logger, "write", key, ex.GetType().Name, ex.Message);
        }
    }

    public async ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await cache.RemoveAsync(key, cancellationToken).WaitAsync(Timeout, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogCacheFailed(logger, "remove", key, ex.GetType().Name, ex.Message);
        }
    }

    // WaitAsync bounds the wait even when the cache client ignores its token (a hung connection).
    private TimeSpan Timeout => TimeSpan.FromMilliseconds(options.Value.OperationTimeoutMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache {Operation} of {Key} failed ({Error}: {Message}); carrying on without the cache")]
    private static partial void LogCacheFailed(ILogger logger, string operation, string key, string error, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache entry {Key} is unreadable ({Message}); treating it as a miss")]
    private static partial void LogUnreadable(ILogger logger, string key, string message);
}
