using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Telemetry;
using Mediator;

namespace DiningMenus.Application.Common.Behaviors;

/// <summary>
/// Cache-aside for messages marked <see cref="ICacheableQuery"/>:
/// a hit skips the handler (and, late in the entry's life, schedules one background refresh);
/// misses of one key run the handler once per process (coalescer) and once across instances (fill lock);
/// a failure is never stored.
/// </summary>
public sealed class CachingBehavior<TMessage, TResponse>(
    IResponseCache cache, IRequestCoalescer coalescer, ICacheFillLock fillLock, IEagerRefresher refresher, MenusTelemetry telemetry)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    // One cacheable query today; the name keeps the metric's tag stable if more are added.
    private const string CacheName = "day-menu";

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // Mediator 3 cannot constrain a behavior to a marker interface, so the marker is checked here.
        if (message is not ICacheableQuery cacheable)
        {
            return await next(message, cancellationToken);
        }

        var key = cacheable.CacheKey;
        var forced = CacheRefreshScope.IsForced(key);
        if (!forced && await cache.GetEntryAsync<TResponse>(key, cancellationToken) is { } hit)
        {
            telemetry.CacheHit(CacheName);
            if (hit.RefreshDue)
            {
                refresher.TrySchedule(key, message);
            }

            return hit.Value;
        }

        telemetry.CacheMiss(CacheName);
        return await coalescer.RunAsync(key, token => FillAsync(key, message, next, forced, token), cancellationToken);
    }

    private async Task<TResponse> FillAsync(
        string key, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, bool forced, CancellationToken cancellationToken)
    {
        // A fill that finished between our miss and now has already stored the answer.
        if (!forced && await cache.GetAsync<TResponse>(key, cancellationToken) is { } filled)
        {
            return filled;
        }

        await using var lease = await fillLock.TryAcquireAsync(key, cancellationToken);
        if (lease is null)
        {
            // Another instance is fetching: wait for its answer, and fetch ourselves only if it never comes.
            await fillLock.WaitForReleaseAsync(key, cancellationToken);
            if (await cache.GetAsync<TResponse>(key, cancellationToken) is { } peer)
            {
                return peer;
            }
        }

        var response = await next(message, cancellationToken);
        var lifetime = response is ICacheableResponse hinted ? hinted.CacheLifetime : CacheLifetime.Fresh;
        await cache.SetAsync(key, response, lifetime, cancellationToken);
        return response;
    }
}
