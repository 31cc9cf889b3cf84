using System.Net;
using DiningMenus.Infrastructure.Http;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Tests.Shared;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.Http.RecordReplay;

public sealed class UpstreamReplayHandlerTests
{
    private static HttpClient Client(string? redirect = null)
    {
        var urls = new UpstreamUrls(Options.Create(new UpstreamOptions { RedirectBaseUrl = redirect }));
        return new HttpClient(new UpstreamReplayHandler(CaptureDirectory.Load(Captures.Directory), urls)
        {
            InnerHandler = new NetworkNotAllowed(),
        });
    }

    [Test]
    public async Task A_captured_url_is_answered_from_its_file_with_its_content_type()
    {
        using var client = Client();

        using var response = await client.GetAsync("https://scripps.cafebonappetit.com/cafe/malott-dining-commons/2026-02-07/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(response.Content.Headers.ContentType?.CharSet, Is.EqualTo("UTF-8"));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(File.ReadAllBytes(Captures.PathOf("bonappetit/malott_2026-02-07.html"))));
    }

    [Test]
    public async Task An_eatec_feed_reads_as_the_live_jsonp_body()
    {
        using var client = Client();

        var text = await client.GetStringAsync("https://api.pomona.edu/eatec/Oldenborg.json");

        Assert.That(text, Does.StartWith("/**/ menuData({"));
        Assert.That(text, Does.EndWith("});"));
    }

    [Test]
    public async Task A_url_not_in_the_folder_is_a_404_that_names_it()
    {
        using var client = Client();

        using var response = await client.GetAsync("https://collins-cmc.cafebonappetit.com/cafe/collins/2026-02-08/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("cafe/collins/2026-02-08/").And.Contain("replay directory"));
    }

    [Test]
    public async Task A_redirected_request_is_replayed_under_its_vendor_url()
    {
        using var client = Client(redirect: "http://127.0.0.1:9000");

        using var response = await client.GetAsync("http://127.0.0.1:9000/api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2025-11-15");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>Under the replay handler: reaching it means a request went past replay.</summary>
    private sealed class NetworkNotAllowed : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new AssertionException($"replay let {request.RequestUri} through to the network");
    }
}
