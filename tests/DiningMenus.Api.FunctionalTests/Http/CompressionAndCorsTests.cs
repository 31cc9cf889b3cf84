using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace DiningMenus.Api.FunctionalTests.Http;

/// <summary>Brotli/gzip response compression, and CORS for the configured frontend origins (GET only).</summary>
public sealed class CompressionAndCorsTests : CapturedServiceTests
{
    private const string Frontend = "https://menus.example.edu";

    protected override MenusApiFactory CreateFactory(Uri upstream) => MenusApiFactory.Create(upstream, new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Frontend });

    [TestCase("br")]
    [TestCase("gzip")]
    public async Task A_menu_is_compressed_when_the_client_accepts_it(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/halls/frary/menus/2025-12-01");
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }));
        await using var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream body = encoding == "br"
            ? new BrotliStream(compressed, CompressionMode.Decompress)
            : new GZipStream(compressed, CompressionMode.Decompress);
        using var json = await JsonDocument.ParseAsync(body);
        Assert.That(json.RootElement.GetProperty("hall_id").GetString(), Is.EqualTo("frary"));
    }

    [Test]
    public async Task Without_accept_encoding_the_body_is_plain_json()
    {
        using var response = await Client.GetAsync("/api/v2/halls");

        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task A_configured_frontend_may_read_menus_and_their_etag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/halls");
        request.Headers.Add("Origin", Frontend);

        using var response = await Client.SendAsync(request);

        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { Frontend }));
        Assert.That(string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), Does.Contain("ETag"));
    }

    [Test]
    public async Task Another_origin_is_not_allowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/halls");
        request.Headers.Add("Origin", "https://elsewhere.example.com");

        using var response = await Client.SendAsync(request);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [TestCase("GET", true)]
    [TestCase("POST", false)]
    [TestCase("DELETE", false)]
    public async Task Preflight_allows_get_only(string method, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v2/halls/frary/menus/2025-12-01");
        request.Headers.Add("Origin", Frontend);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        using var response = await Client.SendAsync(request);

        var allowedMethods = response.Headers.TryGetValues("Access-Control-Allow-Methods", out var values) ? string.Join(",", values) : "";
        Assert.That(allowedMethods.Contains(method, StringComparison.Ordinal), Is.EqualTo(allowed), allowedMethods);
    }
}
