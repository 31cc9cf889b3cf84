using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Infrastructure.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace DiningMenus.Infrastructure.Hours;

/// <summary>
/// Keeps each hall's parsed hours in this process for <see cref="HoursOptions.CacheMinutes"/> (they are small and
/// change rarely), one read per key at a time (FusionCache, memory level only). A failed read (null) is remembered
/// briefly too, so that a page that is down costs one wait per <see cref="HoursOptions.FailureCacheSeconds"/>, not
/// one per request; a read still running at <c>Menus:AnswerDeadlineSeconds</c> answers "unknown" and goes on.
/// </summary>
public sealed partial class PublishedHoursCache(
    IFusionCache cache, IOptions<HoursOptions> options, IOptions<MenusOptions> menus, MenusTelemetry telemetry, ILogger<PublishedHoursCache> logger)
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
        var o = options.Value;
        var deadline = TimeSpan.FromSeconds(menus.Value.AnswerDeadlineSeconds);
        var entry = cache.CreateEntryOptions(e =>
        {
            // In process only, as small and cheap to read again as they are; a page read late is answered "unknown".
            e.SetSkipDistributedCache(true, true);
            e.FactoryHardTimeout = deadline;
        }, TimeSpan.FromMinutes(o.CacheMinutes));
        var fetched = false;
        try
        {
            var value = await cache.GetOrSetAsync<Entry<T>>("hours:" + key, async (context, token) =>
            {
                fetched = true;
                using var activity = MenusTelemetry.ActivitySource.StartActivity("hours page read");
                activity?.SetTag("diningmenus.hours_key", key);
                var value = await read(token);
                context.Options.Duration = value is null ? TimeSpan.FromSeconds(o.FailureCacheSeconds) : TimeSpan.FromMinutes(o.CacheMinutes);
                return new Entry<T>(value);
            }, entry, CancellationToken.None).AsTask().WaitAsync(deadline, cancellationToken); // shared: no caller cancels it
            return value.Value;
        }
        catch (Exception ex) when (ex is SyntheticTimeoutException or TimeoutException)
        {
            LogUnreadable(logger, key, "no answer by the deadline; the read goes on in the background");
            return null;
        }
        finally
        {
            if (fetched)
            {
                telemetry.CacheMiss(CacheName);
            }
            else
            {
                telemetry.CacheHit(CacheName);
            }
        }
    }

    private const string CacheName = "hours";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hours {Key} unavailable: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string key, string reason);

    /// <summary>Wraps the value so that a remembered failure (null) is told apart from a miss.</summary>
    private sealed record Entry<T>(T? Value);
}
