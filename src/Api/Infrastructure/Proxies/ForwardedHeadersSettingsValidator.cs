using System.Net;
using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Api.Infrastructure.Proxies;

internal sealed class ForwardedHeadersSettingsValidator : SettingsValidator<ForwardedHeadersSettings>
{
    public ForwardedHeadersSettingsValidator()
    {
        RuleForEach(o => o.KnownProxies).Must(proxy => IPAddress.TryParse(proxy, out _))
            .WithMessage("'{PropertyName}' must hold IP addresses such as 10.0.0.5 (got '{PropertyValue}').");
        RuleForEach(o => o.KnownNetworks).Must(network => IPNetwork.TryParse(network, out _))
            .WithMessage("'{PropertyName}' must hold networks in CIDR notation such as 10.0.0.0/8 (got '{PropertyValue}').");
    }
}
