using System.Net;
using System.Net.Sockets;
using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Infrastructure.Alerts.Webhooks;

/// <summary>The system resolver, for the check of a webhook's host at creation.</summary>
public sealed class DnsWebhookTargetResolver : IWebhookTargetResolver
{
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }
    }
}
