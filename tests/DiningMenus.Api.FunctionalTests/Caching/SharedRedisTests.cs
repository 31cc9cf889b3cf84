using System.Net;
using DiningMenus.FakeUpstream;
using StackExchange.Redis;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>
/// Two services under different <c>Cache:InstanceName</c>s on one Redis share nothing: not entries, not
/// notifications, and not the locks that make one fetch per key — a fill hanging in one never holds up the other.
/// </summary>
[Category("Redis")]
public sealed class SharedRedisTests : CapturedUpstreamTests
{
    private const string Url = "/api/v2/menus?hall_id=collins&date=2026-02-07&meal=dinner";

    [Test]
    public async Task A_fill_hanging_in_one_service_does_not_hold_up_the_same_key_in_another()
    {
        using var redis = RedisServerProcess.Start();
        await using var hanging = Service(redis, answerDeadlineSeconds: 1);
        // A deadline far beyond any fetch: were it waiting on the hanging service's lock, it would answer 503.
        await using var other = Service(redis, answerDeadlineSeconds: 60);
        using var hangingClient = hanging.CreateClient();
        using var otherClient = other.CreateClient();
        await Readiness.WaitUntilHealthyAsync(hangingClient, otherClient);

        Upstream.Fault = UpstreamFault.Hang;
        using (var early = await hangingClient.GetAsync(Url))
        {
            Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "the fetch is still hanging, holding its lock");
        }

        await using var direct = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var locks = await Eventually.WaitForAsync(async () => await LockKeysAsync(direct) is { Count: > 0 } found ? found : null, "the hanging fill's lock");
        Assert.That(locks, Has.All.StartWith(hanging.InstanceName), "a lock is named under its service's instance name");

        Upstream.Fault = UpstreamFault.None;
        using var answered = await otherClient.GetAsync(Url);

        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await answered.ReadJsonAsync()).GetProperty("is_stale").GetBoolean(), Is.False);
        Upstream.ReleaseHangs(); // so the hanging service stops without waiting on its fetch
    }

    private MenusApiFactory Service(RedisServerProcess redis, int answerDeadlineSeconds) =>
        MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["Menus:AnswerDeadlineSeconds"] = answerDeadlineSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Menus:MaxDaysAhead"] = "120", // the Bon Appetit capture is of 2026-02-07
            ["Upstream:AttemptTimeoutSeconds"] = "110",
            ["Upstream:TotalTimeoutSeconds"] = "120",
        });

    private static async Task<IReadOnlyList<string>> LockKeysAsync(IConnectionMultiplexer redis)
    {
        var keys = new List<string>();
        await foreach (var key in redis.GetServer(redis.GetEndPoints()[0]).KeysAsync(pattern: "*menus:v1:day:collins:2026-02-07*lock*"))
        {
            keys.Add(key.ToString());
        }

        return keys;
    }
}
