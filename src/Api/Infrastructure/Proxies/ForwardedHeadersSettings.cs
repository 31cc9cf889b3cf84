namespace DiningMenus.Api.Infrastructure.Proxies;

/// <summary>
/// The <c>ForwardedHeaders</c> configuration section: the reverse proxies whose <c>X-Forwarded-For</c> names the
/// client. A request from any other peer is the client itself, whatever header it sends.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. 10.0.0.5 or 2001:db8::5, trusted besides loopback.</summary>
    public IList<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. 10.0.0.0/8, trusted besides loopback.</summary>
    public IList<string> KnownNetworks { get; set; } = [];
}
