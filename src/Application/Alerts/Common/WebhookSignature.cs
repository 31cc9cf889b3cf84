using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// The Standard Webhooks signature: <c>v1,</c> + base64 of HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c>,
/// keyed with the secret's bytes. The receiver recomputes it from the same three values and its copy of the secret.
/// </summary>
public static class WebhookSignature
{
    public const string Version = "v1";

    public static string Sign(byte[] key, string messageId, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes($"{messageId}.{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}");
        return $"{Version},{Convert.ToBase64String(HMACSHA256.HashData(key, signed))}";
    }

    /// <summary>
    /// True when one of the space-separated signatures of a <c>webhook-signature</c> header is the v1 signature of
    /// these values (what a receiver checks), compared in constant time.
    /// </summary>
    public static bool Verify(byte[] key, string messageId, long timestamp, string body, string signatureHeader)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(key, messageId, timestamp, body));
        return signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), expected));
    }
}
