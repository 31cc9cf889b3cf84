using DiningMenus.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.Http;

public sealed class UpstreamUrlsTests
{
    private static UpstreamUrls With(string? redirect) => new(Options.Create(new UpstreamOptions { RedirectBaseUrl = redirect }));

    [Test]
    public void Without_a_redirect_urls_are_used_as_configured()
    {
        Assert.That(With(null).Resolve("https://api.pomona.edu/eatec/Frary.json"), Is.EqualTo(new Uri("https://api.pomona.edu/eatec/Frary.json")));
    }

    [TestCase("http://127.0.0.1:9000", "https://api.pomona.edu/eatec/Frary.json", "http://127.0.0.1:9000/api.pomona.edu/eatec/Frary.json")]
    [TestCase("http://127.0.0.1:9000/", "https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2025-11-15",
        "http://127.0.0.1:9000/api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2025-11-15")]
    [TestCase("http://127.0.0.1:9000", "https://collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/",
        "http://127.0.0.1:9000/collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/")]
    [TestCase("http://localhost:1234", "http://example.test:8080/x", "http://localhost:1234/example.test:8080/x")]
    public void A_redirect_puts_the_original_host_first_in_the_path_and_keeps_the_query(string redirect, string url, string expected)
    {
        Assert.That(With(redirect).Resolve(url), Is.EqualTo(new Uri(expected)));
    }

    [TestCase(null, "https://api.pomona.edu/eatec/Frary.json", "https://api.pomona.edu/eatec/Frary.json")]
    [TestCase("http://127.0.0.1:9000", "http://127.0.0.1:9000/api.pomona.edu/eatec/Frary.json", "https://api.pomona.edu/eatec/Frary.json")]
    [TestCase("http://127.0.0.1:9000/", "http://127.0.0.1:9000/api-prd.sodexomyway.net/v0.2/data/menu/1/2?date=2025-11-15",
        "https://api-prd.sodexomyway.net/v0.2/data/menu/1/2?date=2025-11-15")]
    [TestCase("http://localhost:1234", "http://localhost:1234/example.test:8080/x", "https://example.test:8080/x")]
    [TestCase("http://127.0.0.1:9000", "https://api.pomona.edu/eatec/Frary.json", "https://api.pomona.edu/eatec/Frary.json")]
    public void The_original_vendor_url_is_recovered_from_a_redirected_one(string? redirect, string requested, string expected)
    {
        Assert.That(With(redirect).Original(new Uri(requested)), Is.EqualTo(new Uri(expected)));
    }
}
