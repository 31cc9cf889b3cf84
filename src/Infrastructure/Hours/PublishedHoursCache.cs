using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Infrastructure.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Hours;

/// <summary>
/// Keeps each hall's parsed hours in this process for <see cref="HoursOptions.CacheMinutes"/> (they are small and
/// change rarely), one read per key at a time. A failed read (null) is remembered briefly too, so that a page
/// that is down costs one wait per <see cref="HoursOptions.FailureCacheSeconds"/>, not one per request.
/// </summary>
public sealed partial class PublishedHoursCache(
    IMemoryCache memory, IRequestCoalescer coalescer, IOptions<HoursOptions> options, MenusTelemetry telemetry, ILogger<PublishedHoursCache> logger)
{
    /// <summary>
    /// Hours read from a vendor page: fetched with <paramref name="fetch"/>, parsed with <paramref name="parse"/>;
    /// null (and a logged reason) when the page cannot be fetched or holds no readable hours.
    /// </summary>
    public Task<T?> GetOrReadPageAsync<T>(
        string key, Func<CancellationToken, Task<UpstreamBody>> fetch, Func<string, T?> parse, string unreadableReason, CancellationToken cancellationToken)
        where T : class =>
        GetOrReadAsync(key, async token =>
        {
            var body = await fetch(token);
            if (!body.Succeeded)
            {
                LogUnreadable(logger, key, body.Failure.ToString());
                return null;
            }

            var parsed = parse(body.Text);
            if (parsed is null)
            {
                LogUnreadable(logger, key, unreadableReason);
            }

            return parsed;
        }, cancellationToken);

    public async Task<T?> GetOrReadAsync<T>(string key, Func<CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        var cacheKey = "hours:" + key;
        if (memory.TryGetValue(cacheKey, out Entry<T>? hit) && hit is not null)
        {
            telemetry.CacheHit(CacheName);
            return hit.Value;
        }

        telemetry.CacheMiss(CacheName);

        return await coalescer.RunAsync(cacheKey, async token =>
        {
            if (memory.TryGetValue(cacheKey, out Entry<T>? filled) && filled is not null)
            {
                return filled.Value;
            }

            using var activity = MenusTelemetry.ActivitySource.StartActivity("hours page read");
            activity?.SetTag("diningmenus.hours_key", key);
            var value = await read(token);
            var o = options.Value;
            var life = value is null ? TimeSpan.FromSeconds(Math.Max(1, o.FailureCacheSeconds)) : TimeSpan.FromMinutes(Math.Max(1, o.CacheMinutes));
            memory.Set(cacheKey, new Entry<T>(value), life);
            return value;
        }, cancellationToken);
    }

    private const string CacheName = "hours";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hours {Key} unavailable: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string key, string reason);

    /// <summary>Wraps the value so that a remembered failure (null) is told apart from a miss.</summary>
    private sealed record Entry<T>(T? Value);
}
