using StackExchange.Redis;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>Finds the Redis keys of a cache key: FusionCache puts its wire-format version between the prefix and the key.</summary>
internal static class RedisKeys
{
    public static async Task<IReadOnlyList<RedisKey>> FindAsync(IConnectionMultiplexer redis, string instanceName, string cacheKey)
    {
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: $"{instanceName}*{cacheKey}"))
        {
            keys.Add(key);
        }

        return keys;
    }
}
