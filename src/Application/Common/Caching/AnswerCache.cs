using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace DiningMenus.Application.Common.Caching;

/// <summary>
/// The project's use of FusionCache for query answers: an entry's life follows its answer (adaptive caching),
/// a fetch is awaited until the answer deadline and then finishes in the background, and a failed fetch is
/// remembered for the retry window. L1/L2, stampede locks, eager refresh, fail-safe and the backplane are
/// FusionCache's own, set up by Infrastructure.
/// </summary>
public sealed partial class AnswerCache(
    IFusionCache cache, TimeProvider clock, IOptions<CacheOptions> cacheOptions, IOptions<MenusOptions> menus, ILogger<AnswerCache> logger)
{
    /// <summary>
    /// The cached answer, else one fetch per key across every caller and instance. Null when the fetch has not
    /// answered by <paramref name="answerBy"/>: it goes on in the background and fills the cache when it ends.
    /// </summary>
    /// <returns>The answer (possibly a remembered failure) and whether this call ran the fetch.</returns>
    public async Task<(CachedAnswer<T>? Answer, bool Fetched)> GetOrFetchAsync<T>(
        string key, Func<CancellationToken, Task<T>> fetch, DateTimeOffset? answerBy, CancellationToken cancellationToken)
    {
        var wait = Remaining(answerBy);
        var options = EntryOptions(Life(CacheLifetime.Fresh));
        // The soft timeout answers with an expired entry (fail-safe) when there is one, the hard one without.
        options.FactorySoftTimeout = wait;
        options.FactoryHardTimeout = wait;
        var fetched = false;
        CachedAnswer<T>? produced = null;
        var started = clock.GetTimestamp();
        try
        {
            // The fetch gets no caller token: it is shared, and a caller leaving must not cancel it for the others.
            // The caller's own wait (also behind another caller's fetch) ends at the deadline.
            var answer = await cache.GetOrSetAsync<CachedAnswer<T>>(key, async (context, _) =>
                {
                    fetched = true;
                    var answer = await FetchAsync(fetch);
                    if (answer.IsFailure && context.HasStaleValue && context.StaleValue.Value is { IsFailure: false } earlier
                        && (answer.Value is null || clock.GetUtcNow() < earlier.FreshUntil))
                    {
                        // The earlier good answer is the better one: still fresh (a failed eager refresh leaves it in
                        // place), or the only copy there is (fail-safe serves it, throttled for the retry window).
                        return context.Fail(answer.Failure ?? "the fetch gave a stale copy");
                    }

                    Adapt(context.Options, answer);
                    return produced = answer;
                }, options, CancellationToken.None)
                .AsTask().WaitAsync(wait, clock, cancellationToken);
            // A fetch ran, yet this call got another answer at the deadline: FusionCache's fail-safe fallback for a late
            // fetch, past its fresh life whatever its stamp says (an admin may have expired it early). (A fetch that
            // starts while this call returns a hit at once is an eager refresh: its hit stays as it is.)
            var late = fetched && !ReferenceEquals(answer, produced) && clock.GetElapsedTime(started) >= wait / 2;
            return (late ? answer with { FreshUntil = clock.GetUtcNow() } : answer, fetched);
        }
        catch (Exception ex) when (ex is SyntheticTimeoutException or TimeoutException)
        {
            LogDeadlinePassed(logger, key, wait.TotalSeconds);
            return (null, true);
        }
    }

    /// <summary>Fetches now, waiting for it, and replaces the cached answer unless the fetch failed.</summary>
    public async Task<CachedAnswer<T>> RefreshAsync<T>(string key, Func<CancellationToken, Task<T>> fetch, CancellationToken cancellationToken)
    {
        var answer = await FetchAsync(fetch);
        if (!answer.IsFailure)
        {
            await cache.SetAsync(key, answer, EntryOptions(Life(answer.Lifetime)), cancellationToken);
        }

        return answer;
    }

    /// <summary>The cached answer (an expired one too, as a fallback) without ever fetching; null on a miss.</summary>
    public async Task<CachedAnswer<T>?> FindAsync<T>(string key, CancellationToken cancellationToken)
    {
        var options = EntryOptions(Life(CacheLifetime.Fresh));
        options.AllowStaleOnReadOnly = true;
        var found = await cache.TryGetAsync<CachedAnswer<T>>(key, options, cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Stores an answer read along with another (a feed covering several dates).</summary>
    public async Task StoreAsync<T>(string key, T value, CacheLifetime lifetime, CancellationToken cancellationToken)
    {
        var life = Life(lifetime);
        await cache.SetAsync(key, new CachedAnswer<T>(value, lifetime, clock.GetUtcNow() + life, null), EntryOptions(life), cancellationToken);
    }

    /// <summary>
    /// Ends an entry's fresh life on every instance (backplane); it stays only as a fail-safe fallback. Its answer is
    /// stamped as past its fresh life first: whoever gets it from fail-safe while the refetch runs (the caller running
    /// the fetch and every caller queued behind its lock) then reads it as stale, never as fresh.
    /// </summary>
    public async Task ExpireAsync<T>(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await FindAsync<T>(key, cancellationToken) is { } kept && kept.FreshUntil > now)
        {
            await cache.SetAsync(key, kept with { FreshUntil = now }, EntryOptions(Life(kept.Lifetime)), cancellationToken);
        }

        await cache.ExpireAsync(key, token: cancellationToken);
    }

    /// <summary>What is left of a remembered failure's retry window (whole seconds); a whole window when none is known.</summary>
    public TimeSpan RetryAfter(DateTimeOffset? windowEnd)
    {
        var left = (windowEnd ?? DateTimeOffset.MinValue) - clock.GetUtcNow();
        return left > TimeSpan.Zero ? TimeSpan.FromSeconds(Math.Ceiling(left.TotalSeconds)) : Life(CacheLifetime.Failed);
    }

    private async Task<CachedAnswer<T>> FetchAsync<T>(Func<CancellationToken, Task<T>> fetch)
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(cacheOptions.Value.FetchTimeoutSeconds), clock);
        try
        {
            var value = await fetch(budget.Token);
            var lifetime = value is ICacheableResponse hinted ? hinted.CacheLifetime : CacheLifetime.Fresh;
            return new CachedAnswer<T>(value, lifetime, clock.GetUtcNow() + Life(lifetime), null);
        }
        catch (UpstreamUnavailableException ex)
        {
            return Failed<T>(ex.Message);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return Failed<T>($"The menu source did not answer within {cacheOptions.Value.FetchTimeoutSeconds} s. Try again later.");
        }
    }

    private CachedAnswer<T> Failed<T>(string reason) =>
        new(default, CacheLifetime.Failed, clock.GetUtcNow() + Life(CacheLifetime.Failed), reason);

    private void Adapt<T>(FusionCacheEntryOptions options, CachedAnswer<T> answer)
    {
        options.Duration = Life(answer.Lifetime);
        options.DistributedCacheFailSafeMaxDuration = options.Duration;
    }

    /// <summary>
    /// Options from the defaults Infrastructure set. Redis keeps an entry for its life only (its TTL is the
    /// life, jittered by the distributed cache adapter); the expired copy for fail-safe stays in process.
    /// </summary>
    private FusionCacheEntryOptions EntryOptions(TimeSpan life) =>
        cache.CreateEntryOptions(o => o.DistributedCacheFailSafeMaxDuration = life, life);

    private TimeSpan Life(CacheLifetime lifetime) => lifetime switch
    {
        CacheLifetime.Fresh => TimeSpan.FromSeconds(cacheOptions.Value.BaseTtlSeconds),
        CacheLifetime.Short => TimeSpan.FromSeconds(cacheOptions.Value.ShortTtlSeconds),
        _ => TimeSpan.FromSeconds(menus.Value.RetryAfterSeconds),
    };

    private TimeSpan Remaining(DateTimeOffset? answerBy)
    {
        var due = answerBy ?? clock.GetUtcNow() + TimeSpan.FromSeconds(menus.Value.AnswerDeadlineSeconds);
        var left = due - clock.GetUtcNow();
        // Never zero: FusionCache would not even start a fetch, and a background fetch is what fills the cache.
        return left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No answer for {Key} within {Seconds:0.###} s; the fetch goes on in the background")]
    private static partial void LogDeadlinePassed(ILogger logger, string key, double seconds);
}
