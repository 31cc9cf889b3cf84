using System.Net;
using System.Net.Http.Headers;
using DiningMenus.FakeUpstream;

namespace DiningMenus.Api.FunctionalTests.Http;

/// <summary>ETag / If-None-Match, Cache-Control and Vary on menu and hall answers; no-store on errors.</summary>
public sealed class HttpCachingTests : CapturedUpstreamTests
{
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner")]
    [TestCase("/api/v2/menus/?hall_id=frary&date=2025-12-01&meal=dinner&tags=vegan")]
    [TestCase("/api/v2/halls/frary/menus/2025-12-01")]
    [TestCase("/api/v2/halls/frary/menus?from=2025-12-01&to=2025-12-03")]
    [TestCase("/api/v2/halls")]
    [TestCase("/api/v2/halls/")]
    [TestCase("/api/v2/tags")]
    [TestCase("/api/v2/halls/frary/menus/2025-12-01?featured=true&exclude=peanut&allergens=milk")]
    public async Task A_matching_if_none_match_is_answered_304_without_a_body(string url)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(etag, Is.Not.Null);
        Assert.That(etag!.IsWeak, Is.True, "one tag names the JSON whatever its encoding on the wire");

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(second.Headers.ETag, Is.EqualTo(etag));
        Assert.That(second.Headers.CacheControl?.Public, Is.True);
    }

    [TestCase("gzip", "0")]
    [TestCase("br", "0")]
    [TestCase("identity", "0")]
    [TestCase("gzip", "300")]
    [TestCase("br", "300")]
    [TestCase("identity", "300")]
    public async Task Every_encoding_carries_the_one_weak_etag_and_revalidates_to_304(string encoding, string replaySeconds)
    {
        const string url = "/api/v2/halls/frary/menus/2025-12-01";
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["OutputCache:Seconds"] = replaySeconds });
        using var client = factory.CreateClient();
        using var plain = await client.GetAsync(url);

        using var encoded = new HttpRequestMessage(HttpMethod.Get, url);
        encoded.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await client.SendAsync(encoded);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.AcceptEncoding.ParseAdd(encoding);
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await client.SendAsync(conditional);

        Assert.That(response.Content.Headers.ContentEncoding, encoding == "identity" ? Is.Empty : Is.EqualTo(new[] { encoding }));
        Assert.That(response.Headers.ETag, Is.EqualTo(plain.Headers.ETag), "the same JSON, whatever bytes carry it");
        Assert.That(response.Headers.ETag!.IsWeak, Is.True);
        Assert.That(response.Headers.Vary, Does.Contain("Accept-Encoding"));
        Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(revalidated.Headers.ETag, Is.EqualTo(response.Headers.ETag));
    }

    [TestCase("/api/v2/halls/frary/menus/2025-12-01")]
    [TestCase("/swagger/v1/swagger.json")]
    public async Task An_answer_is_replayed_once_per_content_coding_as_it_was_sent(string url)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["OutputCache:Seconds"] = "300" });
        using var client = factory.CreateClient();
        string[] encodings = ["br", "identity", "gzip", "br", "identity", "gzip"];

        var answers = new List<(string Sent, string Received, bool Replayed)>();
        foreach (var encoding in encodings)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (encoding != "identity")
            {
                request.Headers.AcceptEncoding.ParseAdd(encoding);
            }

            using var response = await client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), encoding);
            answers.Add((encoding, response.Content.Headers.ContentEncoding.SingleOrDefault() ?? "identity", response.Headers.Age is not null));
        }

        Assert.That(answers.Select(a => a.Received), Is.EqualTo(encodings), "each client gets the coding it accepts");
        Assert.That(answers.Select(a => a.Replayed), Is.EqualTo(new[] { false, false, false, true, true, true }),
            "the second round is replayed, each from its own coding's entry");
    }

    [Test]
    public async Task The_etag_is_the_hash_of_the_body_so_the_same_menu_keeps_it_and_another_date_does_not()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/api/v2/halls/frary/menus/2025-12-01");
        using var again = await client.GetAsync("/api/v2/halls/frary/menus/2025-12-01");
        using var otherDate = await client.GetAsync("/api/v2/halls/frary/menus/2025-12-02");
        using var filtered = await client.GetAsync("/api/v2/halls/frary/menus/2025-12-01?tags=vegan");

        Assert.That(again.Headers.ETag, Is.EqualTo(first.Headers.ETag));
        Assert.That(otherDate.Headers.ETag, Is.Not.EqualTo(first.Headers.ETag));
        Assert.That(filtered.Headers.ETag, Is.Not.EqualTo(first.Headers.ETag));
    }

    [Test]
    public async Task A_replaced_cache_entry_gets_a_new_etag_and_the_old_one_no_longer_matches()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        const string url = "/api/v2/halls/oldenborg/menus/2025-12-02";
        using var first = await client.GetAsync(url);

        await factory.ExpireFreshDayAsync("oldenborg", new DateOnly(2025, 12, 2));
        var refetchedAt = factory.Clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var refetched = await client.SendAsync(request);

        Assert.That(refetched.StatusCode, Is.EqualTo(HttpStatusCode.OK), "fetched_at moved, so the body and its ETag changed");
        Assert.That(refetched.Headers.ETag, Is.Not.EqualTo(first.Headers.ETag));
        Assert.That((await refetched.ReadJsonAsync()).GetProperty("fetched_at").GetDateTimeOffset(),
            Is.EqualTo(refetchedAt));
    }

    [Test]
    public async Task Max_age_is_what_is_left_of_the_fresh_cache_life_since_fetched_at()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var fresh = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        using var tenMinutesLater = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");

        Assert.That(fresh.Headers.CacheControl?.Public, Is.True);
        Assert.That(fresh.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(1800)));
        Assert.That(tenMinutesLater.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(1200)));
        Assert.That(fresh.Headers.Vary, Does.Contain("Accept-Encoding"));
    }

    [Test]
    public async Task A_stale_answer_is_cacheable_only_briefly()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        using var fresh = await client.GetAsync("/api/v2/halls/frary/menus/2025-12-01");
        await factory.ExpireFreshDayAsync("frary", new DateOnly(2025, 12, 1));
        Upstream.Fault = UpstreamFault.ServerError;

        using var stale = await client.GetAsync("/api/v2/halls/frary/menus/2025-12-01");

        Assert.That((await stale.ReadJsonAsync()).GetProperty("is_stale").GetBoolean(), Is.True);
        Assert.That(stale.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [TestCase("/api/v2/halls/frary/menus/2025-13-01")]
    [TestCase("/api/v2/halls/nowhere/menus/2025-12-01")]
    [TestCase("/api/v2/menus?hall_id=frank&date=2025-12-05&meal=dinner")]
    [TestCase("/api/v2/nothing-here")]
    public async Task Errors_are_never_stored_and_carry_no_etag(string url)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Headers.ETag, Is.Null);
    }

    [Test]
    public async Task A_503_is_not_stored_either()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        Upstream.Fault = UpstreamFault.ServerError;

        using var response = await client.GetAsync("/api/v2/halls/frary/menus/2025-12-03");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task If_none_match_star_or_a_list_containing_the_etag_also_gets_304()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/api/v2/halls");

        using var star = new HttpRequestMessage(HttpMethod.Get, "/api/v2/halls");
        star.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/v2/halls");
        list.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        list.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v2/halls");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));

        Assert.That((await client.SendAsync(star)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That((await client.SendAsync(list)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That((await client.SendAsync(other)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
