using System.Net;
using DiningMenus.Api.FunctionalTests.Caching;
using DiningMenus.Application.Menus.Common;
using StackExchange.Redis;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>
/// Menus land in Redis with the jittered TTL and survive a restart of the service: against the Redis named by
/// <c>Redis__Configuration</c> (CI starts one), else against a redis-server of this fixture's own.
/// </summary>
[Category("Redis")]
public sealed class RedisCacheTests : CapturedUpstreamTests
{
    private RedisServerProcess? _ownRedis;

    private string RedisConfiguration => MenusApiFactory.RedisConfiguration ?? _ownRedis!.Configuration;

    [OneTimeSetUp]
    public void StartRedisUnlessConfigured()
    {
        if (MenusApiFactory.RedisConfiguration is null)
        {
            _ownRedis = RedisServerProcess.Start();
        }
    }

    [OneTimeTearDown]
    public void StopOwnRedis() => _ownRedis?.Dispose();

    [Test]
    public async Task A_menu_is_stored_in_redis_with_a_jittered_ttl_and_served_to_a_second_instance()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = RedisConfiguration,
            ["Cache:InstanceName"] = $"redis-test-{Guid.NewGuid():N}:",
        };
        await using (var first = MenusApiFactory.Create(Upstream.BaseAddress, settings))
        {
            using var client = first.CreateClient();
            using var response = await client.GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-01&meal=lunch");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisConfiguration);
        var keys = await RedisKeys.FindAsync(redis, settings["Cache:InstanceName"]!, DayMenuCacheKeys.Fresh("oldenborg", new DateOnly(2025, 12, 1)));
        var ttl = (long)await redis.GetDatabase().ExecuteAsync("TTL", keys.Single());
        Assert.That(ttl, Is.InRange(1500 - 5, 2100), "fresh entries live 1800 ± 300 s in Redis (the TTL command's whole seconds)");
        // Its neighbours from the same week download were stored fresh too, each with its own jittered life.
        var week = await Task.WhenAll(Enumerable.Range(2, 6).Select(async day =>
        {
            var neighbour = await RedisKeys.FindAsync(redis, settings["Cache:InstanceName"]!, DayMenuCacheKeys.Fresh("oldenborg", new DateOnly(2025, 12, day)));
            return (long)await redis.GetDatabase().ExecuteAsync("TTL", neighbour.Single());
        }));
        Assert.That(week, Is.All.InRange(1500 - 5, 2100));

        await using var second = MenusApiFactory.Create(Upstream.BaseAddress, settings);
        using var secondClient = second.CreateClient();
        using var again = await secondClient.GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-01&meal=lunch");

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Oldenborg.json"), Is.EqualTo(1), "the second instance read Redis, not the upstream");
    }
}
