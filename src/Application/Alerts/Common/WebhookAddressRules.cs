using System.Net;
using System.Net.Sockets;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// Which addresses a webhook may reach: public unicast only. Refused: unspecified, loopback, private (RFC 1918,
/// IPv6 unique local), link-local (incl. the 169.254.169.254 metadata address), carrier-grade NAT (100.64/10),
/// multicast, broadcast, documentation, benchmarking and reserved ranges, and the IPv6 forms that carry one
/// of those (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo, site-local). Loopback is allowed only when the
/// deployment says so (tests, development).
/// </summary>
public static class WebhookAddressRules
{
    private static readonly (IPAddress Network, int PrefixLength)[] RefusedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),         // "this network", unspecified
        (IPAddress.Parse("10.0.0.0"), 8),        // private
        (IPAddress.Parse("100.64.0.0"), 10),     // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),       // loopback (allowed apart, see IsAllowed)
        (IPAddress.Parse("169.254.0.0"), 16),    // link-local, cloud metadata
        (IPAddress.Parse("172.16.0.0"), 12),     // private
        (IPAddress.Parse("192.0.0.0"), 24),      // IETF protocol assignments
        (IPAddress.Parse("192.0.2.0"), 24),      // documentation
        (IPAddress.Parse("192.88.99.0"), 24),    // 6to4 relay anycast
        (IPAddress.Parse("192.168.0.0"), 16),    // private
        (IPAddress.Parse("198.18.0.0"), 15),     // benchmarking
        (IPAddress.Parse("198.51.100.0"), 24),   // documentation
        (IPAddress.Parse("203.0.113.0"), 24),    // documentation
        (IPAddress.Parse("224.0.0.0"), 4),       // multicast
        (IPAddress.Parse("240.0.0.0"), 4),       // reserved, broadcast
    ];

    private static readonly (IPAddress Network, int PrefixLength)[] RefusedV6 =
    [
        (IPAddress.Parse("::"), 96),             // unspecified, loopback, IPv4-compatible (checked apart)
        (IPAddress.Parse("64:ff9b::"), 96),      // NAT64 (carries an IPv4 address)
        (IPAddress.Parse("64:ff9b:1::"), 48),    // local NAT64
        (IPAddress.Parse("100::"), 64),          // discard
        (IPAddress.Parse("2001::"), 32),         // Teredo
        (IPAddress.Parse("2001:db8::"), 32),     // documentation
        (IPAddress.Parse("2002::"), 16),         // 6to4 (carries an IPv4 address)
        (IPAddress.Parse("fc00::"), 7),          // unique local
        (IPAddress.Parse("fe80::"), 10),         // link-local
        (IPAddress.Parse("fec0::"), 10),         // site-local (deprecated)
        (IPAddress.Parse("ff00::"), 8),          // multicast
    ];

    /// <summary>True for a public unicast address, or a loopback one when <paramref name="allowLoopback"/>.</summary>
    public static bool IsAllowed(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => !RefusedV4.Any(range => InRange(address, range.Network, range.PrefixLength)),
            AddressFamily.InterNetworkV6 => !RefusedV6.Any(range => InRange(address, range.Network, range.PrefixLength)),
            _ => false,
        };
    }

    /// <summary>True for 127.0.0.0/8, ::1 and their IPv4-mapped forms.</summary>
    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static bool InRange(IPAddress address, IPAddress network, int prefixLength)
    {
        var bytes = address.GetAddressBytes();
        var networkBytes = network.GetAddressBytes();
        if (bytes.Length != networkBytes.Length)
        {
            return false;
        }

        var whole = prefixLength / 8;
        for (var i = 0; i < whole; i++)
        {
            if (bytes[i] != networkBytes[i])
            {
                return false;
            }
        }

        var rest = prefixLength % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (bytes[whole] & mask) == (networkBytes[whole] & mask);
    }
}
