using System.Net;
using DiningMenus.Application.Common.Options;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Infrastructure.Proxies;

/// <summary>
/// The framework's forwarded-headers middleware, reading <c>X-Forwarded-For</c> only: when the connection comes
/// from a known proxy (loopback, or <c>ForwardedHeaders:KnownProxies</c>/<c>KnownNetworks</c>), the last address
/// the proxy appended becomes the client's (for the rate limiter and the logs); from any other peer the header is
/// ignored. Host and scheme headers are not read: answers do not depend on them.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddKnownProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ForwardedHeadersSettings, ForwardedHeadersSettingsValidator>(
            configuration.GetSection(ForwardedHeadersSettings.SectionName));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            foreach (var proxy in settings.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
