using System.Text.Json;
using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// <see cref="IResponseCache"/> in two levels: a few seconds in process memory (L1, so a hot menu costs no
/// Redis round trip) in front of <see cref="IDistributedCache"/> (Redis, or in-memory without Redis).
/// Values are JSON envelopes that carry their age, for eager refresh; lifetimes are jittered. Every
/// distributed call is bounded by a timeout and guarded by a circuit breaker: a failure is a miss or a
/// skipped write, never an error for the request.
/// </summary>
public sealed partial class JitteredDistributedCache(
    IDistributedCache cache,
    IMemoryCache l1,
    CacheTtlPolicy ttl,
    CacheCircuitBreaker breaker,
    TimeProvider clock,
    IOptions<CacheOptions> options,
    ILogger<JitteredDistributedCache> logger) : IResponseCache
{
    public async ValueTask<T?> GetAsync<T>(string key, CancellationToken cancellationToken) =>
        await GetEntryAsync<T>(key, cancellationToken) is { } entry ? entry.Value : default;

    public async ValueTask<CacheEntry<T>?> GetEntryAsync<T>(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (l1.TryGetValue(key, out CacheEnvelope<T>? local) && local is not null && local.ExpiresAt > now.ToUnixTimeMilliseconds())
        {
            return ToEntry(local, now);
        }

        var envelope = await ReadDistributedAsync<T>(key, cancellationToken);
        if (envelope is null || envelope.ExpiresAt <= now.ToUnixTimeMilliseconds())
        {
            return null;
        }

        KeepLocally(key, envelope, now);
        return ToEntry(envelope, now);
    }

    public async ValueTask SetAsync<T>(string key, T value, CacheLifetime lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var life = ttl.For(lifetime);
        var envelope = new CacheEnvelope<T>(now.ToUnixTimeMilliseconds(), (now + life).ToUnixTimeMilliseconds(), value);
        KeepLocally(key, envelope, now);
        if (breaker.IsOpen)
        {
            return;
        }

        try
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(envelope, CacheJson.Options);
            var entry = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = life };
            await cache.SetAsync(key, bytes, entry, cancellationToken).WaitAsync(Timeout, cancellationToken);
            breaker.RecordSuccess();
        }
        catch (Exception ex) when (!IsCallerCancellation(ex, cancellationToken))
        {
            breaker.RecordFailure();
            LogCacheFailed(logger, "write", key, ex.GetType().Name, ex.Message);
        }
    }

    public async ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        l1.Remove(key);
        try
        {
            await cache.RemoveAsync(key, cancellationToken).WaitAsync(Timeout, cancellationToken);
            breaker.RecordSuccess();
        }
        catch (Exception ex) when (!IsCallerCancellation(ex, cancellationToken))
        {
            breaker.RecordFailure();
            LogCacheFailed(logger, "remove", key, ex.GetType().Name, ex.Message);
        }
    }

    private async ValueTask<CacheEnvelope<T>?> ReadDistributedAsync<T>(string key, CancellationToken cancellationToken)
    {
        if (breaker.IsOpen)
        {
            return null;
        }

        byte[]? bytes;
        try
        {
            // WaitAsync bounds the wait even when the cache client ignores its token (a hung connection).
            bytes = await cache.GetAsync(key, cancellationToken).WaitAsync(Timeout, cancellationToken);
            breaker.RecordSuccess();
        }
        catch (Exception ex) when (!IsCallerCancellation(ex, cancellationToken))
        {
            breaker.RecordFailure();
            LogCacheFailed(logger, "read", key, ex.GetType().Name, ex.Message);
            return null;
        }

        try
        {
            return bytes is null ? null : JsonSerializer.Deserialize<CacheEnvelope<T>>(bytes, CacheJson.Options);
        }
        catch (JsonException ex)
        {
            // An entry written in an older shape: a miss; the next write replaces it.
            LogUnreadable(logger, key, ex.Message);
            return null;
        }
    }

    private void KeepLocally<T>(string key, CacheEnvelope<T> envelope, DateTimeOffset now)
    {
        var remaining = TimeSpan.FromMilliseconds(envelope.ExpiresAt - now.ToUnixTimeMilliseconds());
        var life = TimeSpan.FromSeconds(options.Value.L1Seconds);
        if (life > TimeSpan.Zero && remaining > TimeSpan.Zero)
        {
            l1.Set(key, envelope, remaining < life ? remaining : life);
        }
    }

    private CacheEntry<T> ToEntry<T>(CacheEnvelope<T> envelope, DateTimeOffset now)
    {
        var stored = DateTimeOffset.FromUnixTimeMilliseconds(envelope.StoredAt);
        var expires = DateTimeOffset.FromUnixTimeMilliseconds(envelope.ExpiresAt);
        var refreshFrom = expires - ((expires - stored) * options.Value.RefreshAheadFraction);
        return new CacheEntry<T>(envelope.Value, stored, expires, now >= refreshFrom);
    }

    private TimeSpan Timeout => TimeSpan.FromMilliseconds(options.Value.OperationTimeoutMilliseconds);

    private static bool IsCallerCancellation(Exception ex, CancellationToken cancellationToken) =>
        ex is OperationCanceledException && cancellationToken.IsCancellationRequested;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache {Operation} of {Key} failed ({Error}: {Message}); carrying on without the cache")]
    private static partial void LogCacheFailed(ILogger logger, string operation, string key, string error, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache entry {Key} is unreadable ({Message}); treating it as a miss")]
    private static partial void LogUnreadable(ILogger logger, string key, string message);
}
