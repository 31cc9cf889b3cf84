using System.Net;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>Two service instances on one Redis: they fetch a cold menu once between them and see each other's invalidations.</summary>
[Category("Redis")]
public sealed class MultiInstanceTests : CapturedUpstreamTests
{
    private const string AdminKey = "test-admin-key-7f3a";

    private RedisServerProcess _redis = null!;
    private MenusApiFactory _first = null!;
    private MenusApiFactory _second = null!;

    /// <summary>Each test: its own redis-server and two instances connected to it.</summary>
    [SetUp]
    public async Task StartTwoInstances()
    {
        _redis = RedisServerProcess.Start();
        var shared = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = _redis.Configuration,
            ["Cache:InstanceName"] = $"multi-{Guid.NewGuid():N}:",
            ["Admin:ApiKey"] = AdminKey,
            // A liveness bound, not the subject: the waiting instance must get the winner's answer, not a deadline fallback.
            ["Menus:AnswerDeadlineSeconds"] = "30",
        };
        _first = MenusApiFactory.Create(Upstream.BaseAddress, shared);
        _second = MenusApiFactory.Create(Upstream.BaseAddress, shared);
        // "On one Redis" means connected to it: on a loaded machine the first connect can outlast its timeout, and an
        // instance that has not reached Redis yet rightly fetches on its own. Their caches start only after this.
        using var first = _first.CreateClient();
        using var second = _second.CreateClient();
        await Readiness.WaitUntilHealthyAsync(first, second);
    }

    [TearDown]
    public async Task StopTwoInstances()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        _redis.Dispose();
    }

    [Test]
    public async Task Two_hundred_concurrent_cold_requests_across_two_instances_cause_one_upstream_request()
    {
        using var a = _first.CreateClient();
        using var b = _second.CreateClient();
        Upstream.Delay = TimeSpan.FromMilliseconds(300); // keep the winner's fetch in flight while the rest arrive

        var statuses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await (i % 2 == 0 ? a : b).GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-02&meal=lunch");
            return response.StatusCode;
        }));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Oldenborg.json"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_admin_invalidation_on_one_instance_makes_the_other_fetch_again()
    {
        using var a = _first.CreateClient();
        using var b = _second.CreateClient();
        const string url = "/api/v2/menus?hall_id=frank&date=2025-12-02&meal=dinner";
        using (var warm = await b.GetAsync(url))
        {
            Assert.That(warm.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using (var cached = await b.GetAsync(url))
        {
            Assert.That(cached.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frank.json"), Is.EqualTo(1), "B holds the day");

        using var invalidate = new HttpRequestMessage(HttpMethod.Delete, "/api/v2/admin/halls/frank/menus");
        invalidate.Headers.Add("X-Api-Key", AdminKey);
        using (var done = await a.SendAsync(invalidate))
        {
            Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // The backplane message reaches B within moments; poll (bounded) rather than assume when.
        for (var attempt = 0; attempt < 100 && Upstream.RequestsTo("/api.pomona.edu/eatec/Frank.json") < 2; attempt++)
        {
            using var again = await b.GetAsync(url);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await Task.Delay(50);
        }

        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frank.json"), Is.EqualTo(2), "B fetched the invalidated day again, once");
    }
}
