using System.Net;
using StackExchange.Redis;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>The service keeps answering while its Redis dies, and caches in Redis again once it is back.</summary>
[Category("Redis")]
public sealed class RedisOutageTests : CapturedUpstreamTests
{
    /// <summary>Liveness bound: far above the configured cache timeouts; only a hang would reach it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Requests_succeed_through_a_redis_crash_and_caching_resumes_when_it_returns()
    {
        using var redis = RedisServerProcess.Start();
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            // No breaker: Redis is tried again at once when it is back, so the test need not wait a break out.
            ["Cache:BreakerSeconds"] = "0",
        });
        using var client = factory.CreateClient();
        var urls = Enumerable.Range(1, 7)
            .SelectMany(day => new[] { "breakfast", "lunch", "dinner" }.Select(meal => $"/api/v2/menus?hall_id=frary&date=2025-12-0{day}&meal={meal}"))
            .ToList();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < urls.Count; i++)
        {
            if (i == urls.Count / 2)
            {
                redis.Kill();
            }

            using var response = await client.GetAsync(urls[i]).WaitAsync(HangGuard);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));

        redis.Restart();
        await Readiness.WaitUntilHealthyAsync(client);
        Upstream.ResetCounts();
        using (var again = await client.GetAsync("/api/v2/menus?hall_id=frank&date=2025-12-02&meal=dinner"))
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using (var cached = await client.GetAsync("/api/v2/menus?hall_id=frank&date=2025-12-02&meal=dinner"))
        {
            Assert.That(cached.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frank.json"), Is.EqualTo(1), "the second read came from Redis");
        await using var direct = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        Assert.That(await RedisKeys.FindAsync(direct, factory.InstanceName, "menus:v1:day:frank:2025-12-02"), Is.Not.Empty);
    }

    [Test]
    public async Task The_service_starts_with_redis_down_and_answers()
    {
        using var redis = RedisServerProcess.Start();
        redis.Kill();
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration });
        using var client = factory.CreateClient();

        using var menu = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner").WaitAsync(HangGuard);
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.That(menu.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), "degraded still answers 200");
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Degraded"));
    }
}
