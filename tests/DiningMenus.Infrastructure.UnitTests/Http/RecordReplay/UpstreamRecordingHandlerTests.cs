using System.Net;
using System.Text;
using DiningMenus.Infrastructure.Http;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Infrastructure.UnitTests.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DiningMenus.Infrastructure.UnitTests.Http.RecordReplay;

public sealed class UpstreamRecordingHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 16, 45, 2, 123, TimeSpan.Zero);

    private CaptureFolder _folder = null!;
    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void NewFolder()
    {
        _folder = new CaptureFolder();
        _clock = new FakeTimeProvider(Now);
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private HttpClient Recording(HttpMessageHandler vendor, string? redirect = null, long maxBytes = 1024 * 1024)
    {
        var urls = new UpstreamUrls(Options.Create(new UpstreamOptions { RedirectBaseUrl = redirect }));
        var recorder = new CaptureRecorder(_folder.Path, _clock, NullLogger<CaptureRecorder>.Instance);
        return new HttpClient(new UpstreamRecordingHandler(recorder, urls, maxBytes) { InnerHandler = vendor });
    }

    [Test]
    public async Task A_response_is_passed_on_and_saved_byte_for_byte_with_its_manifest_entry()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("/**/ menuData({\"é\":1});"), 0xFF];
        using var client = Recording(new BytesHandler(HttpStatusCode.OK, body, "application/javascript"));

        using var response = await client.GetAsync("https://api.pomona.edu/eatec/Frary.json");

        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(body), "the caller gets the body untouched");
        var entry = CaptureManifest.Read(_folder.Path).Single();
        Assert.That(entry.Url, Is.EqualTo("https://api.pomona.edu/eatec/Frary.json"));
        Assert.That(entry.File, Is.EqualTo("api.pomona.edu/eatec_Frary.20261130T164502123Z.js"));
        Assert.That(entry.ContentType, Is.EqualTo("application/javascript"));
        Assert.That(entry.Status, Is.EqualTo(200));
        Assert.That(entry.RecordedAt, Is.EqualTo(Now));
        Assert.That(File.ReadAllBytes(Path.Combine(_folder.Path, entry.File)), Is.EqualTo(body));
    }

    [Test]
    public async Task An_error_page_is_recorded_too_and_the_folder_replays_it()
    {
        using var client = Recording(new BytesHandler(HttpStatusCode.ServiceUnavailable, "<h1>down</h1>"u8.ToArray(), "text/html; charset=utf-8"));

        using var _ = await client.GetAsync("https://collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/");

        var replay = CaptureDirectory.Load(_folder.Path);
        Assert.That(replay.TryFind(new Uri("https://collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/"), out var entry, out var body), Is.True);
        Assert.That(entry.Status, Is.EqualTo(503));
        Assert.That(entry.File, Does.EndWith(".html"));
        Assert.That(Encoding.UTF8.GetString(body), Is.EqualTo("<h1>down</h1>"));
    }

    [Test]
    public async Task A_redirected_request_is_recorded_under_its_vendor_url_with_its_query()
    {
        using var client = Recording(new BytesHandler(HttpStatusCode.OK, "[]"u8.ToArray(), "application/json"), redirect: "http://127.0.0.1:9000");

        using var _ = await client.GetAsync("http://127.0.0.1:9000/api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2025-11-15");

        var entry = CaptureManifest.Read(_folder.Path).Single();
        Assert.That(entry.Url, Is.EqualTo("https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2025-11-15"));
        Assert.That(entry.File, Is.EqualTo("api-prd.sodexomyway.net/v0.2_data_menu_13147001_15258_date-2025-11-15.20261130T164502123Z.json"));
    }

    [Test]
    public async Task Each_response_gets_its_own_file_and_entries_are_appended_to_an_existing_manifest()
    {
        _folder.Write("old.html", "old");
        CaptureManifest.Write(_folder.Path, [new CapturedResponse { Url = "https://example.test/old", File = "old.html" }]);
        using var client = Recording(new BytesHandler(HttpStatusCode.OK, "x"u8.ToArray(), "text/html"));

        using (await client.GetAsync("https://example.test/page"))
        using (await client.GetAsync("https://example.test/page"))
        {
        }

        var entries = CaptureManifest.Read(_folder.Path);
        Assert.That(entries.Select(e => e.Url), Is.EqualTo(new[] { "https://example.test/old", "https://example.test/page", "https://example.test/page" }));
        Assert.That(entries.Select(e => e.File), Is.Unique);
    }

    [Test]
    public void A_body_over_the_limit_fails_as_the_client_would_and_nothing_is_recorded()
    {
        using var client = Recording(new BytesHandler(HttpStatusCode.OK, new byte[100], "text/html"), maxBytes: 10);

        var thrown = Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("https://example.test/big"));

        Assert.That(thrown.HttpRequestError, Is.EqualTo(HttpRequestError.ConfigurationLimitExceeded));
        Assert.That(File.Exists(Path.Combine(_folder.Path, CaptureManifest.FileName)), Is.False);
    }

    private sealed class BytesHandler(HttpStatusCode status, byte[] body, string contentType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
        }
    }
}
