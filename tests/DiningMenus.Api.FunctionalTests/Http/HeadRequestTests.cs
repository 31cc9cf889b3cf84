using System.Net;

namespace DiningMenus.Api.FunctionalTests.Http;

/// <summary>HEAD on every GET route: the GET's status and headers, no body.</summary>
public sealed class HeadRequestTests : CapturedServiceTests
{
    protected override MenusApiFactory CreateFactory(Uri upstream) => MenusApiFactory.Create(upstream, new Dictionary<string, string?> { ["OutputCache:Seconds"] = "300" });

    [TestCase("/api/v2/halls")]
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner")]
    [TestCase("/api/v2/halls/frary/menus/2025-12-02")]
    [TestCase("/api/v2/halls/frary/menus?from=2025-12-01&to=2025-12-03")]
    [TestCase("/api/v2/open-now?at=2025-12-01T12:30")]
    public async Task Head_of_an_api_route_is_the_gets_status_and_headers_without_a_body(string url)
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var get = await Client.GetAsync(url);
        using var headAgain = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(head.Headers.ETag, Is.EqualTo(get.Headers.ETag));
        Assert.That(head.Headers.CacheControl, Is.EqualTo(get.Headers.CacheControl));
        Assert.That(head.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(head.Content.Headers.ContentLength, Is.EqualTo((await get.Content.ReadAsByteArrayAsync()).Length));
        Assert.That(get.Headers.Age, Is.Not.Null, "the HEAD's answer was kept and replayed for the GET");
        Assert.That(headAgain.Headers.Age, Is.Not.Null);
        Assert.That(await headAgain.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [TestCase("/swagger/v1/swagger.json")]
    [TestCase("/health/live")]
    [TestCase("/health")]
    public async Task Head_of_the_document_and_health_routes_is_200_without_a_body(string url)
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public async Task Head_of_an_error_is_the_error_without_a_body()
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v2/menus?hall_id=nowhere&date=2025-12-01&meal=dinner"));

        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(head.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task Head_is_refused_where_get_is_not_an_answer()
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v2/admin/halls/frary/menus/2025-12-01/refresh"));

        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }
}
