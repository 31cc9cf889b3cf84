using DiningMenus.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// Cross-instance fill lock: <c>SET lock:key token NX PX</c>, released only by its owner (compare-and-delete
/// script), expiring by itself if the owner dies. Redis trouble never blocks a request: acquiring then
/// succeeds locally and waiting returns at once.
/// </summary>
public sealed partial class RedisCacheFillLock(
    RedisConnection redis, CacheCircuitBreaker breaker, IOptions<CacheOptions> options, ILogger<RedisCacheFillLock> logger) : ICacheFillLock
{
    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    public async Task<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken)
    {
        if (breaker.IsOpen)
        {
            return NoLease.Instance;
        }

        var lockKey = LockKey(key);
        var token = Guid.NewGuid().ToString("N");
        try
        {
            var expiry = TimeSpan.FromSeconds(options.Value.FillLockSeconds);
            var acquired = await redis.Multiplexer.GetDatabase()
                .StringSetAsync(lockKey, token, expiry, When.NotExists).WaitAsync(OperationTimeout, cancellationToken);
            breaker.RecordSuccess();
            return acquired ? new Lease(this, lockKey, token) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            breaker.RecordFailure();
            LogLockFailed(logger, "acquire", key, ex.Message);
            return NoLease.Instance;
        }
    }

    public async Task WaitForReleaseAsync(string key, CancellationToken cancellationToken)
    {
        var lockKey = LockKey(key);
        var deadline = Environment.TickCount64 + (options.Value.FillWaitSeconds * 1000L);
        var poll = TimeSpan.FromMilliseconds(Math.Max(1, options.Value.FillPollMilliseconds));
        while (Environment.TickCount64 < deadline && !breaker.IsOpen)
        {
            try
            {
                if (!await redis.Multiplexer.GetDatabase().KeyExistsAsync(lockKey).WaitAsync(OperationTimeout, cancellationToken))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                breaker.RecordFailure();
                LogLockFailed(logger, "wait for", key, ex.Message);
                return;
            }

            await Task.Delay(poll, cancellationToken);
        }
    }

    private TimeSpan OperationTimeout => TimeSpan.FromMilliseconds(options.Value.OperationTimeoutMilliseconds);

    private string LockKey(string key) => $"{redis.KeyPrefix}lock:{key}";

    private async Task ReleaseAsync(string lockKey, string token)
    {
        try
        {
            await redis.Multiplexer.GetDatabase()
                .ScriptEvaluateAsync(ReleaseScript, [lockKey], [token]).WaitAsync(OperationTimeout);
        }
        catch (Exception ex)
        {
            // The lock expires by itself; waiters fall back to fetching after their bounded wait.
            LogLockFailed(logger, "release", lockKey, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Operation} the fill lock of {Key}: {Message}")]
    private static partial void LogLockFailed(ILogger logger, string operation, string key, string message);

    private sealed class Lease(RedisCacheFillLock owner, string lockKey, string token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await owner.ReleaseAsync(lockKey, token);
    }
}
