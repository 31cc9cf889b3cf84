using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Telemetry;
using Mediator;

namespace DiningMenus.Application.Common.Behaviors;

/// <summary>
/// Cache-aside for messages marked <see cref="ICacheableQuery"/>: a hit skips the handler; concurrent
/// misses of one key run the handler once (coalesced) and store its answer. A failure is not stored.
/// </summary>
public sealed class CachingBehavior<TMessage, TResponse>(IResponseCache cache, IRequestCoalescer coalescer, MenusTelemetry telemetry)
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
        if (await cache.GetAsync<TResponse>(key, cancellationToken) is { } hit)
        {
            telemetry.CacheHit(CacheName);
            return hit;
        }

        telemetry.CacheMiss(CacheName);

        return await coalescer.RunAsync(key, async token =>
        {
            // A fetch that finished between our miss and now has already stored the answer.
            if (await cache.GetAsync<TResponse>(key, token) is { } filled)
            {
                return filled;
            }

            var response = await next(message, token);
            var lifetime = response is ICacheableResponse hinted ? hinted.CacheLifetime : CacheLifetime.Fresh;
            await cache.SetAsync(key, response, lifetime, token);
            return response;
        }, cancellationToken);
    }
}
