using System.Collections.Concurrent;
using DiningMenus.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiningMenus.Application.Common.Caching;

/// <summary>
/// Refreshes an entry in the background by sending its query again in a fresh scope, inside a
/// <see cref="CacheRefreshScope"/> so the caching behavior fetches instead of reading. One run per key at a time.
/// </summary>
public sealed partial class EagerRefresher(IServiceScopeFactory scopes, ILogger<EagerRefresher> logger) : IEagerRefresher
{
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    public bool TrySchedule(string key, object message)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_running.TryAdd(key, gate.Task))
        {
            return false;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(key, message);
            }
            finally
            {
                _running.TryRemove(key, out _);
                gate.SetResult();
            }
        });
        return true;
    }

    /// <summary>Completes when no refresh is running (tests and graceful shutdown).</summary>
    public Task IdleAsync() => Task.WhenAll(_running.Values);

    private async Task RefreshAsync(string key, object message)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            using (CacheRefreshScope.Force(key))
            {
                // No token of its own: the fetch runs inside the coalescer, bounded by Cache:CoalesceTimeoutSeconds.
                await sender.Send(message, CancellationToken.None);
            }

            LogRefreshed(logger, key);
        }
        catch (Exception ex)
        {
            // The old entry keeps serving until it expires; the next read schedules another try.
            LogRefreshFailed(logger, ex, key);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refreshed {Key} ahead of expiry")]
    private static partial void LogRefreshed(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background refresh of {Key} failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string key);
}
