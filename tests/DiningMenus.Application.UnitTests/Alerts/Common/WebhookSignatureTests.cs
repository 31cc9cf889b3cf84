using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Application.UnitTests.Alerts.Common;

public sealed class WebhookSignatureTests
{
    /// <summary>
    /// The example of the Standard Webhooks reference libraries' tests (standard-webhooks/standard-webhooks,
    /// libraries/csharp/StandardWebhooks.Tests/WebhookTest.cs, "verifyWebhookSignWorks"): secret, message id,
    /// timestamp and payload, and the signature every conforming implementation produces for them.
    /// </summary>
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string MessageId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long Timestamp = 1614265330;
    private const string Payload = "{\"test\": 2432232314}";
    private const string Expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    [Test]
    public void Signs_the_Standard_Webhooks_example_as_the_reference_libraries_do()
    {
        Assert.That(AlertSecret.TryParse(Secret, out var secret), Is.True);

        Assert.That(WebhookSignature.Sign(secret!.Key, MessageId, Timestamp, Payload), Is.EqualTo(Expected));
    }

    [Test]
    public void Verify_accepts_the_signature_among_others_and_refuses_any_change()
    {
        AlertSecret.TryParse(Secret, out var secret);
        var key = secret!.Key;

        Assert.That(WebhookSignature.Verify(key, MessageId, Timestamp, Payload, $"v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= {Expected}"), Is.True);
        Assert.That(WebhookSignature.Verify(key, MessageId, Timestamp, Payload + " ", Expected), Is.False, "body");
        Assert.That(WebhookSignature.Verify(key, MessageId, Timestamp + 1, Payload, Expected), Is.False, "timestamp");
        Assert.That(WebhookSignature.Verify(key, "msg_other", Timestamp, Payload, Expected), Is.False, "id");
        Assert.That(WebhookSignature.Verify(AlertSecret.Generate().Key, MessageId, Timestamp, Payload, Expected), Is.False, "key");
        Assert.That(WebhookSignature.Verify(key, MessageId, Timestamp, Payload, Expected.Replace("v1,", "v2,", StringComparison.Ordinal)), Is.False, "version");
    }
}
