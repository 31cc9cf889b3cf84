using DiningMenus.Application.Common.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// FusionCache's second level: the distributed cache (Redis) with every expiry in whole seconds, and a fresh
/// entry's life spread by up to ± <c>Cache:JitterSeconds</c> so that menus cached in one burst do not all expire
/// in the same second. A fresh entry is one asked to live at least <c>Cache:BaseTtlSeconds</c>; shorter lives
/// (short answers, remembered failures) are kept as asked, so their retry windows stay exact.
/// </summary>
/// <remarks>
/// Every call gives up after <c>Cache:OperationTimeoutMilliseconds</c> with a <see cref="TimeoutException"/>, even
/// when the client ignores its token (a hung connection): FusionCache counts that as an error and stops calling
/// Redis for <c>Cache:BreakerSeconds</c>, which its own (synthetic) timeouts would not do. FusionCache states
/// expirations on the system clock (it has no clock to inject), so they are read against it.
/// </remarks>
public sealed class JitteredDistributedCache(IDistributedCache inner, IOptions<CacheOptions> options, Random random) : IDistributedCache
{
    // FusionCache calls the async methods; the sync ones pass through for completeness.
    public byte[]? Get(string key) => inner.Get(key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token).WaitAsync(Bound, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, Jittered(options));

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        inner.SetAsync(key, value, Jittered(options), token).WaitAsync(Bound, token);

    public void Refresh(string key) => inner.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token).WaitAsync(Bound, token);

    public void Remove(string key) => inner.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token).WaitAsync(Bound, token);

    private TimeSpan Bound => TimeSpan.FromMilliseconds(options.Value.OperationTimeoutMilliseconds);

    /// <summary>The entry's life from now, in whole seconds (rounded up), jittered when it is a fresh one.</summary>
    public DistributedCacheEntryOptions Jittered(DistributedCacheEntryOptions entry)
    {
        var life = entry.AbsoluteExpirationRelativeToNow
            ?? (entry.AbsoluteExpiration is { } at ? at - DateTimeOffset.UtcNow : (TimeSpan?)null);
        if (life is null)
        {
            return entry;
        }

        var seconds = (long)Math.Max(1, Math.Ceiling(life.Value.TotalSeconds));
        var o = options.Value;
        if (seconds >= o.BaseTtlSeconds)
        {
            seconds = Math.Max(1, seconds + random.Next(-o.JitterSeconds, o.JitterSeconds + 1));
        }

        return new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds),
            SlidingExpiration = entry.SlidingExpiration,
        };
    }
}
