using System.Net;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>Two service instances behind one Redis fetch a cold menu once between them.</summary>
[Category("Redis")]
public sealed class MultiInstanceTests : CapturedUpstreamTests
{
    [Test]
    public async Task Two_hundred_concurrent_cold_requests_across_two_instances_cause_one_upstream_request()
    {
        using var redis = RedisServerProcess.Start();
        var shared = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["Cache:InstanceName"] = $"multi-{Guid.NewGuid():N}:",
            // 200 requests at once on a loaded 2-core runner can take Redis reads past the default 500 ms bound, and a
            // timed-out read is a miss that fetches: a liveness bound here keeps the test about the fill lock.
            ["Cache:OperationTimeoutMilliseconds"] = "10000",
        };
        await using var first = MenusApiFactory.Create(Upstream.BaseAddress, shared);
        await using var second = MenusApiFactory.Create(Upstream.BaseAddress, shared);
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        Upstream.Delay = TimeSpan.FromMilliseconds(300); // keep the winner's fetch in flight while the rest arrive

        var statuses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await (i % 2 == 0 ? a : b).GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-02&meal=lunch");
            return response.StatusCode;
        }));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Oldenborg.json"), Is.EqualTo(1));
    }
}
