using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Application.UnitTests.Alerts.Common;

public sealed class WebhookUrlTests
{
    [TestCase("https://hooks.example.com/dining")]
    [TestCase("https://93.184.215.14:8443/x?y=1")]
    public void Public_https_urls_read(string text)
    {
        Assert.That(WebhookUrl.TryParse(text, allowLoopback: false, out var url, out _), Is.True);
        Assert.That(url!.ToString(), Is.EqualTo(text));
    }

    [TestCase(null, "required")]
    [TestCase("", "required")]
    [TestCase("hooks.example.com/dining", "not an absolute URL")]
    [TestCase("http://hooks.example.com/", "https")]
    [TestCase("ftp://hooks.example.com/", "https")]
    [TestCase("https://user:pass@hooks.example.com/", "user info")]
    [TestCase("https://hooks.example.com/#frag", "fragment")]
    [TestCase("https://127.0.0.1/", "not a public internet address")]
    [TestCase("https://[::ffff:169.254.169.254]/", "not a public internet address")]
    public void Anything_else_is_refused_with_a_reason(string? text, string reason)
    {
        Assert.That(WebhookUrl.TryParse(text, allowLoopback: false, out _, out var problem), Is.False);
        Assert.That(problem, Does.Contain(reason));
    }

    [Test]
    public void The_test_flag_allows_plain_http_to_loopback_only()
    {
        Assert.That(WebhookUrl.TryParse("http://127.0.0.1:5000/hook", allowLoopback: true, out _, out _), Is.True);
        Assert.That(WebhookUrl.TryParse("http://10.0.0.1/hook", allowLoopback: true, out _, out var problem), Is.False);
        Assert.That(problem, Does.Contain("not a public internet address"));
        Assert.That(WebhookUrl.TryParse("http://93.184.215.14/hook", allowLoopback: true, out _, out problem), Is.False);
        Assert.That(problem, Does.Contain("only to loopback"));
    }
}
