using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DiningMenus.Api.FunctionalTests.Alerts;

/// <summary>One POST the receiver got, and the status it answered.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string? ContentType, string Body, int AnsweredStatus)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>
    /// Checks the signature as a receiver following the Standard Webhooks spec does, written out here rather than
    /// with the service's own code: base64-decode the secret after <c>whsec_</c>, HMAC-SHA256 "id.timestamp.body",
    /// compare with each "v1,…" of the header.
    /// </summary>
    public bool SignatureVerifiesWith(string secret)
    {
        Assert.That(secret, Does.StartWith("whsec_"));
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Id}.{long.Parse(Timestamp, CultureInfo.InvariantCulture)}.{Body}"));
        var expected = "v1," + Convert.ToBase64String(mac);
        return Signature.Split(' ').Contains(expected);
    }
}
