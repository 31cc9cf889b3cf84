using System.Collections.Concurrent;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Telemetry;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// In-process single flight: the first caller of a key starts the work, later callers await the same task.
/// The work gets its own timeout (<see cref="CacheOptions.CoalesceTimeoutSeconds"/>) and is not cancelled
/// when one waiter gives up. The entry is removed as soon as the work ends, so a failure is handed to the
/// callers already waiting and never to later ones.
/// </summary>
public sealed class RequestCoalescer(IOptions<CacheOptions> options, MenusTelemetry telemetry) : IRequestCoalescer
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Keys with work running now (for tests and diagnostics).</summary>
    public int InFlightCount => _inFlight.Count;

    public async Task<T> RunAsync<T>(string key, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var candidate = new Lazy<Task<object?>>(() => RunAndForgetAsync(key, work));
        var lazy = _inFlight.GetOrAdd(key, candidate);
        if (!ReferenceEquals(lazy, candidate))
        {
            telemetry.CoalescedWaiter();
        }

        var result = await lazy.Value.WaitAsync(cancellationToken);
        return (T)result!;
    }

    private async Task<object?> RunAndForgetAsync<T>(string key, Func<CancellationToken, Task<T>> work)
    {
        // Leave the caller's synchronous context first so that the Lazy's factory returns at once.
        await Task.Yield();
        var timeout = TimeSpan.FromSeconds(options.Value.CoalesceTimeoutSeconds);
        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            return await work(timeoutSource.Token).WaitAsync(timeout);
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested)
        {
            throw new TimeoutException($"Fetching '{key}' took longer than {timeout.TotalSeconds:0} s.");
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }
}
