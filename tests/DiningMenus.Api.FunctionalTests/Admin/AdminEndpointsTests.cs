using System.Net;
using System.Text.Json;

namespace DiningMenus.Api.FunctionalTests.Admin;

public sealed class AdminEndpointsTests : CapturedUpstreamTests
{
    private const string Key = "test-admin-key-7f3a";
    private const string FraryFeed = "/api.pomona.edu/eatec/Frary.json";

    private MenusApiFactory WithKey(string? key) =>
        MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["Admin:ApiKey"] = key ?? string.Empty });

    private static HttpRequestMessage Request(HttpMethod method, string url, string? key)
    {
        var request = new HttpRequestMessage(method, url);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    [TestCase(null, HttpStatusCode.Unauthorized)]
    [TestCase("wrong-key", HttpStatusCode.Unauthorized)]
    [TestCase("test-admin-key-7f3", HttpStatusCode.Unauthorized)]
    [TestCase(Key, HttpStatusCode.OK)]
    public async Task Admin_calls_need_the_configured_key(string? presented, HttpStatusCode expected)
    {
        await using var factory = WithKey(Key);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Request(HttpMethod.Get, "/api/v2/admin/sources", presented));

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(Key), "the key is never echoed");
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Headers.ETag, Is.Null);
    }

    [Test]
    public async Task Without_a_configured_key_the_admin_endpoints_do_not_exist()
    {
        await using var factory = WithKey(null);
        using var client = factory.CreateClient();

        using var withEmptyKey = await client.SendAsync(Request(HttpMethod.Get, "/api/v2/admin/sources", string.Empty));
        using var withSomeKey = await client.SendAsync(Request(HttpMethod.Delete, "/api/v2/admin/halls/frary/menus", "anything"));

        await withEmptyKey.AssertProblemAsync(HttpStatusCode.NotFound, "disabled");
        await withSomeKey.AssertProblemAsync(HttpStatusCode.NotFound, "disabled");
    }

    [Test]
    public async Task Invalidating_a_hall_makes_the_next_request_go_upstream()
    {
        await using var factory = WithKey(Key);
        using var client = factory.CreateClient();
        const string Menu = "/api/v2/menus?hall_id=frary&date=2025-12-02&meal=dinner";
        (await client.GetAsync(Menu)).Dispose();
        (await client.GetAsync(Menu)).Dispose();
        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(1));

        using var invalidate = await client.SendAsync(Request(HttpMethod.Delete, "/api/v2/admin/halls/frary/menus", Key));
        (await client.GetAsync(Menu)).Dispose();

        Assert.That(invalidate.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await invalidate.ReadJsonAsync();
        Assert.That(body.GetProperty("dates").GetInt32(), Is.EqualTo(7 + 1 + 14));
        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(2));
    }

    [Test]
    public async Task Refreshing_a_day_fetches_it_now_and_the_source_health_shows_it()
    {
        await using var factory = WithKey(Key);
        using var client = factory.CreateClient();
        (await client.GetAsync("/api/v2/menus?hall_id=frank&date=2025-12-01&meal=dinner")).Dispose();
        factory.Clock.Advance(TimeSpan.FromMinutes(10));

        using var refresh = await client.SendAsync(Request(HttpMethod.Post, "/api/v2/admin/halls/frank/menus/2025-12-01/refresh", Key));
        Upstream.Fault = FakeUpstream.UpstreamFault.ServerError;
        using var failing = await client.SendAsync(Request(HttpMethod.Post, "/api/v2/admin/halls/frank/menus/2025-12-02/refresh", Key));
        using var sources = await client.SendAsync(Request(HttpMethod.Get, "/api/v2/admin/sources", Key));

        Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var refreshed = await refresh.ReadJsonAsync();
        Assert.That(refreshed.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(refreshed.GetProperty("meals").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "brunch", "dinner" }));
        Assert.That(refreshed.GetProperty("fetched_at").GetDateTimeOffset(), Is.EqualTo(MenusApiFactory.DefaultNow.AddMinutes(10)));
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frank.json"), Is.GreaterThanOrEqualTo(2));

        Assert.That(failing.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the last good copy of 12-02 came from the first download");
        Assert.That((await failing.ReadJsonAsync()).GetProperty("is_stale").GetBoolean(), Is.True);

        var frank = (await sources.ReadJsonAsync()).EnumerateArray().Single(h => h.GetProperty("hall_id").GetString() == "frank");
        Assert.That(frank.GetProperty("last_source").GetString(), Is.EqualTo("eatec-feed"));
        Assert.That(frank.GetProperty("last_success_at").GetDateTimeOffset(), Is.EqualTo(MenusApiFactory.DefaultNow.AddMinutes(10)));
        Assert.That(frank.GetProperty("last_failure_reason").GetString(), Does.Contain("HTTP 500"));
        Assert.That(frank.GetProperty("last_failure_at").ValueKind, Is.EqualTo(JsonValueKind.String));
    }

    [Test]
    public async Task Admin_input_is_validated_like_public_input()
    {
        await using var factory = WithKey(Key);
        using var client = factory.CreateClient();

        using var badDate = await client.SendAsync(Request(HttpMethod.Post, "/api/v2/admin/halls/frank/menus/tomorrow/refresh", Key));
        using var badHall = await client.SendAsync(Request(HttpMethod.Delete, "/api/v2/admin/halls/harvard/menus", Key));

        await badDate.AssertProblemAsync(HttpStatusCode.BadRequest, "Invalid date format");
        await badHall.AssertProblemAsync(HttpStatusCode.NotFound, "Unknown hall_id: harvard");
    }
}
