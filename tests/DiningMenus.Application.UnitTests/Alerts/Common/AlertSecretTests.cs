using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Application.UnitTests.Alerts.Common;

public sealed class AlertSecretTests
{
    [Test]
    public void A_generated_secret_is_whsec_and_the_base64_of_32_random_bytes()
    {
        var first = AlertSecret.Generate();
        var second = AlertSecret.Generate();

        Assert.That(first.Text, Does.StartWith("whsec_"));
        Assert.That(Convert.FromBase64String(first.Text["whsec_".Length..]), Is.EqualTo(first.Key));
        Assert.That(first.Key, Has.Length.EqualTo(32));
        Assert.That(second.Key, Is.Not.EqualTo(first.Key));
        Assert.That(AlertSecret.TryParse(first.Text, out var parsed) && parsed.Key.SequenceEqual(first.Key), Is.True);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("whsec_")]
    [TestCase("whsec_not base64!")]
    [TestCase("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [TestCase("WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    public void Anything_but_a_whsec_secret_does_not_parse(string? text)
    {
        Assert.That(AlertSecret.TryParse(text, out _), Is.False);
    }

    [Test]
    public void Matches_only_the_kept_key()
    {
        var secret = AlertSecret.Generate();
        AlertSecret.TryParse(secret.Text, out var presented);

        Assert.That(AlertSecret.Matches(secret.Key, presented), Is.True);
        Assert.That(AlertSecret.Matches(secret.Key, AlertSecret.Generate()), Is.False);
        Assert.That(AlertSecret.Matches(secret.Key, null), Is.False);
        Assert.That(AlertSecret.Matches([], null), Is.False, "no key and no secret is no match");
        Assert.That(AlertSecret.Matches(secret.Key, AlertSecret.FromKey(secret.Key[..16])), Is.False, "a prefix of the key");
    }
}
