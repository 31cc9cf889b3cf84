using System.Net;

namespace DiningMenus.Api.FunctionalTests.Operations;

/// <summary>
/// The token buckets. Each test's bucket is a few tokens that come back once a day, so what happens is decided by
/// the number of requests alone, never by how fast the test runs. Peers are set per request (<see cref="TestPeerAddress"/>).
/// </summary>
public sealed class RateLimitingTests : CapturedUpstreamTests
{
    private const string AdminKey = "rate-limit-test-admin-key";
    private const string Menu = "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner";
    private const string Client = "198.51.100.7";
    private const string Proxy = "203.0.113.10";

    private MenusApiFactory Factory(int tokens, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimiting:Client:TokenLimit"] = tokens.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:Client:TokensPerPeriod"] = "1",
            ["RateLimiting:Client:ReplenishmentSeconds"] = "86400",
            ["Admin:ApiKey"] = AdminKey,
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return MenusApiFactory.Create(Upstream.BaseAddress, settings);
    }

    private static async Task<HttpStatusCode> GetAsync(HttpClient client, string url, string? peer = Client, string? forwardedFor = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (peer is not null)
        {
            request.Headers.Add(TestPeerAddress.HeaderName, peer);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Test]
    public async Task The_429_comes_only_once_the_bucket_is_spent_with_problem_details_and_retry_after()
    {
        await using var factory = Factory(tokens: 3);
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await GetAsync(client, $"/api/v2/halls/frary/menus/2025-12-0{i + 1}"));
        }

        using var refused = new HttpRequestMessage(HttpMethod.Get, Menu);
        refused.Headers.Add(TestPeerAddress.HeaderName, Client);
        using var response = await client.SendAsync(refused);

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK), "three tokens, three answers");
        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "Rate limit");
        Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(await GetAsync(client, Menu, peer: "198.51.100.8"), Is.EqualTo(HttpStatusCode.OK), "another address has its own bucket");
    }

    [Test]
    public async Task Replayed_answers_spend_no_tokens()
    {
        await using var factory = Factory(tokens: 2, new() { ["OutputCache:Seconds"] = "300" });
        using var client = factory.CreateClient();

        var first = await GetAsync(client, Menu);
        var replays = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            // Unknown parameters and other spellings of the same values share the replayed answer.
            replays.Add(await GetAsync(client, i % 2 == 0 ? Menu : $"{Menu.Replace("frary", "FRARY", StringComparison.Ordinal)}&utm={i}"));
        }

        var second = await GetAsync(client, "/api/v2/halls");
        var third = await GetAsync(client, "/api/v2/halls/frary/menus/2025-12-01");

        Assert.That(first, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(replays, Is.All.EqualTo(HttpStatusCode.OK), "twenty replays of a two-token bucket");
        Assert.That(second, Is.EqualTo(HttpStatusCode.OK), "the second token");
        Assert.That(third, Is.EqualTo(HttpStatusCode.TooManyRequests), "an answer that is not replayed needs a token");
    }

    [Test]
    public async Task Every_route_is_limited_swagger_health_and_unknown_paths_included()
    {
        await using var factory = Factory(tokens: 4);
        using var client = factory.CreateClient();

        var spent = new[]
        {
            await GetAsync(client, "/swagger/v1/swagger.json"),
            await GetAsync(client, "/health"),
            await GetAsync(client, "/api/v2/nothing-here"),
            await GetAsync(client, "/swagger/index.html"),
        };

        Assert.That(spent, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK }));
        Assert.That(await GetAsync(client, "/health/live"), Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await GetAsync(client, "/api/v2/halls"), Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await GetAsync(client, "/swagger/v1/swagger.json?v=2"), Is.EqualTo(HttpStatusCode.OK),
            "the document is replayed (whatever the query), so it costs nothing");
    }

    [Test]
    public async Task Health_probes_from_this_machine_are_never_limited_but_its_other_requests_are()
    {
        await using var factory = Factory(tokens: 1);
        using var client = factory.CreateClient();

        var probes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            probes.Add(await GetAsync(client, i % 2 == 0 ? "/health/live" : "/health/ready", peer: "127.0.0.1"));
        }

        probes.Add(await GetAsync(client, "/health", peer: "::1"));

        Assert.That(probes, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(await GetAsync(client, Menu, peer: "127.0.0.1"), Is.EqualTo(HttpStatusCode.OK), "the loopback bucket's one token");
        Assert.That(await GetAsync(client, "/api/v2/halls", peer: "127.0.0.1"), Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await GetAsync(client, "/health/live", peer: "127.0.0.1"), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_admin_call_with_the_key_passes_while_the_public_bucket_of_its_address_is_empty()
    {
        await using var factory = Factory(tokens: 1);
        using var client = factory.CreateClient();
        Assert.That(await GetAsync(client, "/api/v2/halls"), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await GetAsync(client, "/api/v2/halls"), Is.EqualTo(HttpStatusCode.TooManyRequests), "the public bucket is empty");

        var withKey = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            withKey.Add(await GetAsync(client, "/api/v2/admin/sources", apiKey: AdminKey));
        }

        Assert.That(withKey, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(await GetAsync(client, "/api/v2/admin/sources", apiKey: "not-the-admin-key-at-all"), Is.EqualTo(HttpStatusCode.TooManyRequests),
            "a wrong key spends the address's public tokens: guessing keys is limited like any other traffic");
    }

    [Test]
    public async Task The_admin_bucket_is_its_own_and_limited_too()
    {
        await using var factory = Factory(tokens: 1, new()
        {
            ["RateLimiting:Admin:TokenLimit"] = "2",
            ["RateLimiting:Admin:TokensPerPeriod"] = "1",
            ["RateLimiting:Admin:ReplenishmentSeconds"] = "86400",
        });
        using var client = factory.CreateClient();

        var admin = new[]
        {
            await GetAsync(client, "/api/v2/admin/sources", apiKey: AdminKey),
            await GetAsync(client, "/api/v2/admin/sources", peer: "192.0.2.1", apiKey: AdminKey),
            await GetAsync(client, "/api/v2/admin/sources", apiKey: AdminKey),
        };

        Assert.That(admin, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }),
            "one bucket for the key, from whatever address");
        Assert.That(await GetAsync(client, "/api/v2/halls"), Is.EqualTo(HttpStatusCode.OK), "and public traffic keeps its own");
    }

    [Test]
    public async Task X_forwarded_for_from_an_unknown_peer_is_ignored()
    {
        await using var factory = Factory(tokens: 1);
        using var client = factory.CreateClient();

        var first = await GetAsync(client, Menu, peer: Proxy, forwardedFor: "198.51.100.1");
        var second = await GetAsync(client, Menu, peer: Proxy, forwardedFor: "198.51.100.2");

        Assert.That(first, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second, Is.EqualTo(HttpStatusCode.TooManyRequests), "both are the peer's requests, whatever they claim");
    }

    [TestCase("ForwardedHeaders:KnownProxies:0", Proxy)]
    [TestCase("ForwardedHeaders:KnownNetworks:0", "203.0.113.0/24")]
    public async Task X_forwarded_for_from_a_known_proxy_names_the_client(string key, string value)
    {
        await using var factory = Factory(tokens: 1, new() { [key] = value });
        using var client = factory.CreateClient();

        var statuses = new[]
        {
            await GetAsync(client, Menu, peer: Proxy, forwardedFor: "198.51.100.1"),
            await GetAsync(client, Menu, peer: Proxy, forwardedFor: "198.51.100.2"),
            await GetAsync(client, Menu, peer: Proxy, forwardedFor: "192.0.2.200, 198.51.100.1"),
        };

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }),
            "two clients behind one proxy, each with its own bucket; the address the proxy appended last is the client");
    }
}
