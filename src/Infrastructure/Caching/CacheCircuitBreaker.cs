using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// Stops calling the cache for a few seconds after repeated failures, so that a Redis outage costs each
/// request nothing instead of a timeout. The first call after the break probes again.
/// </summary>
public sealed class CacheCircuitBreaker(IOptions<CacheOptions> options)
{
    private int _consecutiveFailures;
    private long _openUntil;

    /// <summary>True while calls should be skipped.</summary>
    public bool IsOpen => Environment.TickCount64 < Interlocked.Read(ref _openUntil);

    public void RecordSuccess() => Interlocked.Exchange(ref _consecutiveFailures, 0);

    public void RecordFailure()
    {
        if (Interlocked.Increment(ref _consecutiveFailures) >= options.Value.BreakerFailureThreshold)
        {
            Interlocked.Exchange(ref _openUntil, Environment.TickCount64 + (options.Value.BreakerSeconds * 1000L));
            Interlocked.Exchange(ref _consecutiveFailures, 0);
        }
    }
}
