using System.Net;

namespace DiningMenus.Api.Infrastructure.RateLimiting;

/// <summary>
/// The rate limiter's partition of a request: a bucket and, for client buckets, the client. Exempt probes get a key of
/// their own, because the limiter keeps one limiter per key: a probe from 127.0.0.1 must not make every other request
/// from 127.0.0.1 unlimited.
/// </summary>
public readonly record struct RateLimitPartitionKey(RateLimitBucket Bucket, IPAddress? Client)
{
    public static RateLimitPartitionKey Admin { get; } = new(RateLimitBucket.Admin, null);

    public static RateLimitPartitionKey Exempt { get; } = new(RateLimitBucket.Exempt, null);

    /// <summary>
    /// What a client is keyed by: IPv4 as is (also when it arrives IPv4-mapped), IPv6 by its /64 network, since one
    /// subscriber holds a whole /64 and could otherwise take a new bucket per address. Requests without an address
    /// (a test server) share one key.
    /// </summary>
    public static IPAddress? ClientNetwork(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address;
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes);
    }
}
