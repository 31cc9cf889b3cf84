using System.Net;
using System.Net.Sockets;
using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Infrastructure.Alerts.Webhooks;

/// <summary>
/// The webhook client's <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host itself, keeps only the
/// addresses a webhook may reach (<see cref="WebhookAddressRules"/>), connects to one of them and checks the address
/// the socket is actually connected to. A name that resolved to a public address at creation and is re-pointed to
/// an internal one later (DNS rebinding) is refused here, at the only moment that counts.
/// </summary>
public static class GuardedWebhookConnector
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(bool allowLoopback) =>
        (context, cancellationToken) => ConnectAsync(context, allowLoopback, cancellationToken);

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowLoopback, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var resolved = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        // Plain http (allowed by Alerts:AllowLoopbackTargets only) may only ever reach loopback.
        var plainHttp = context.InitialRequestMessage.RequestUri?.Scheme == Uri.UriSchemeHttp;
        var allowed = resolved
            .Where(a => WebhookAddressRules.IsAllowed(a, allowLoopback) && (!plainHttp || WebhookAddressRules.IsLoopback(a)))
            .ToArray();
        if (allowed.Length == 0)
        {
            throw new RefusedWebhookTargetException(host, resolved);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            var connected = (socket.RemoteEndPoint as IPEndPoint)?.Address;
            if (connected is null || !WebhookAddressRules.IsAllowed(connected, allowLoopback) || (plainHttp && !WebhookAddressRules.IsLoopback(connected)))
            {
                throw new RefusedWebhookTargetException(host, connected is null ? [] : [connected]);
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
