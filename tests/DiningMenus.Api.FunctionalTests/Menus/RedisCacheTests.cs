using System.Net;
using DiningMenus.Application.Menus.Common;
using StackExchange.Redis;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>With Redis configured (CI starts one), menus land in Redis with the jittered TTL and survive a restart of the service.</summary>
[Category("Redis")]
public sealed class RedisCacheTests : CapturedUpstreamTests
{
    [OneTimeSetUp]
    public void RequireRedis()
    {
        if (MenusApiFactory.RedisConfiguration is null)
        {
            Assert.Ignore("ignored: Redis__Configuration is not set (CI sets it; see .ci/run)");
        }
    }

    [Test]
    public async Task A_menu_is_stored_in_redis_with_a_jittered_ttl_and_served_to_a_second_instance()
    {
        var settings = new Dictionary<string, string?> { ["Cache:InstanceName"] = $"redis-test-{Guid.NewGuid():N}:" };
        await using (var first = MenusApiFactory.Create(Upstream.BaseAddress, settings))
        {
            using var client = first.CreateClient();
            using var response = await client.GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-01&meal=lunch");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(MenusApiFactory.RedisConfiguration!);
        var key = settings["Cache:InstanceName"] + DayMenuCacheKeys.Fresh("oldenborg", new DateOnly(2025, 12, 1));
        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.That(ttl?.TotalSeconds, Is.InRange(1500 - 5, 2100), "fresh entries live 1800 ± 300 s");

        await using var second = MenusApiFactory.Create(Upstream.BaseAddress, settings);
        using var secondClient = second.CreateClient();
        using var again = await secondClient.GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-01&meal=lunch");

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Oldenborg.json"), Is.EqualTo(1), "the second instance read Redis, not the upstream");
    }
}
