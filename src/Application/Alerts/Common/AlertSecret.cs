using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// An alert's secret in the Standard Webhooks format, <c>whsec_</c> + base64 of random bytes. The bytes are the
/// HMAC key that signs every delivery, so the service must keep them (a hash could not sign); the same secret is
/// the bearer credential of the alert's own routes, compared with the kept key in constant time.
/// </summary>
public sealed class AlertSecret
{
    public const string Prefix = "whsec_";

    /// <summary>256 bits, the size of an HMAC-SHA256 block's worth of key material.</summary>
    public const int KeyBytes = 32;

    private AlertSecret(byte[] key) => Key = key;

    /// <summary>The HMAC key: the base64-decoded bytes after the prefix.</summary>
    public byte[] Key { get; }

    /// <summary>The secret as the client receives it, once.</summary>
    public string Text => Prefix + Convert.ToBase64String(Key);

    public static AlertSecret Generate() => new(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>Reads a <c>whsec_</c> secret (as a receiver or a bearer sends it); false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out AlertSecret? secret)
    {
        secret = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length > 200)
        {
            return false;
        }

        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text[Prefix.Length..], buffer, out var written) || written == 0)
        {
            return false;
        }

        secret = new AlertSecret(buffer[..written]);
        return true;
    }

    /// <summary>
    /// True when <paramref name="presented"/> is this key. Constant time whatever the input: both sides are hashed
    /// first, so neither the bytes nor the length of the kept key leak through timing.
    /// </summary>
    public static bool Matches(byte[] keptKey, AlertSecret? presented)
    {
        var kept = SHA256.HashData(keptKey);
        var given = SHA256.HashData(presented?.Key ?? []);
        return CryptographicOperations.FixedTimeEquals(kept, given) && presented is not null;
    }

    public static AlertSecret FromKey(byte[] key) => new(key);
}
