using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Telemetry;
using Mediator;

namespace DiningMenus.Application.Common.Behaviors;

/// <summary>
/// Caching for messages marked <see cref="ICacheableQuery"/>, on <see cref="AnswerCache"/> (FusionCache): a fresh
/// cached answer skips the handler; otherwise the handler runs once per key across callers and instances, and
/// the caller waits for it only until the answer deadline. What it answers then, in order: the handler's answer;
/// an expired cached answer (fail-safe), marked stale; the query's kept copy (<see cref="ICacheFallback{TMessage, TResponse}"/>);
/// else 503 with what is left of the retry window. Cache trouble never reaches the caller.
/// </summary>
public sealed class CachingBehavior<TMessage, TResponse>(
    AnswerCache cache, IEnumerable<ICacheFallback<TMessage, TResponse>> fallbacks, TimeProvider clock, MenusTelemetry telemetry)
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

        var fallback = fallbacks.FirstOrDefault()
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} is cacheable but no ICacheFallback is registered for it.");
        var key = cacheable.CacheKey;
        var answer = await ReadAsync(cacheable, key, token => next(message, token).AsTask(), cancellationToken);

        if (answer is { Failure: null, Value: { } value })
        {
            // An answer past its fresh life is FusionCache's fail-safe fallback for a fetch that failed or is late.
            return clock.GetUtcNow() < answer.FreshUntil ? value : fallback.AsStale(value);
        }

        // The fetch missed the deadline, or a failure is remembered: the kept copy, else 503.
        return await fallback.FindAsync(message, cancellationToken)
            ?? throw new UpstreamUnavailableException(answer?.Failure ?? fallback.UnavailableDetail(message), cache.RetryAfter(answer?.FreshUntil));
    }

    private async Task<CachedAnswer<TResponse>?> ReadAsync(
        ICacheableQuery query, string key, Func<CancellationToken, Task<TResponse>> fetch, CancellationToken cancellationToken)
    {
        switch (query.CacheUse)
        {
            case CacheUse.Refresh:
                var refreshed = await cache.RefreshAsync(key, fetch, cancellationToken);
                // An operator asked for this fetch: its failure is reported, not hidden behind the kept copy.
                return refreshed.Failure is null ? refreshed : throw new UpstreamUnavailableException(refreshed.Failure, cache.RetryAfter(null));
            case CacheUse.KeptOnly:
                return await cache.FindAsync<TResponse>(key, cancellationToken);
            default:
                var (answer, fetched) = await cache.GetOrFetchAsync(key, fetch, query.AnswerBy, cancellationToken);
                if (fetched)
                {
                    telemetry.CacheMiss(CacheName);
                }
                else
                {
                    telemetry.CacheHit(CacheName);
                }

                return answer;
        }
    }
}
