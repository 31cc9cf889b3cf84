using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// The test server has no TCP connection, so no peer address. This sets the connection's remote address from the
/// <see cref="HeaderName"/> header of a request, before the service's own pipeline runs, standing in for the machine
/// at the other end of the socket (a client, or a reverse proxy). Requests without the header keep no address.
/// </summary>
internal sealed class TestPeerAddress : IStartupFilter
{
    public const string HeaderName = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.Remove(HeaderName, out var peer))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
            }

            return following(context);
        });
        next(app);
    };
}
