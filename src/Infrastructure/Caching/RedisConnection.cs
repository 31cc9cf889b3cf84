using DiningMenus.Application.Common.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// The one Redis connection of the process (cache, fill lock, health check). Configured so that the
/// service starts with Redis down and reconnects by itself, and so that commands fail at once while
/// disconnected instead of queuing for seconds.
/// </summary>
public sealed class RedisConnection(IOptions<RedisOptions> redis, IOptions<CacheOptions> options) : IDisposable
{
    private readonly Lazy<IConnectionMultiplexer> _multiplexer = new(() => Connect(redis.Value.Configuration, options.Value));

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public string KeyPrefix => options.Value.InstanceName;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }

    private static IConnectionMultiplexer Connect(string configuration, CacheOptions cache)
    {
        var redis = ConfigurationOptions.Parse(configuration);
        redis.AbortOnConnectFail = false;
        redis.ConnectTimeout = cache.RedisConnectTimeoutMilliseconds;
        redis.AsyncTimeout = Math.Max(100, cache.OperationTimeoutMilliseconds);
        redis.SyncTimeout = Math.Max(100, cache.OperationTimeoutMilliseconds);
        redis.BacklogPolicy = BacklogPolicy.FailFast;
        redis.ReconnectRetryPolicy = new ExponentialRetry(250, 5000);
        return ConnectionMultiplexer.Connect(redis);
    }
}
