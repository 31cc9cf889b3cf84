using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

internal sealed class PomonaOptionsValidator : SettingsValidator<PomonaOptions>
{
    public PomonaOptionsValidator()
    {
        RuleForEach(o => o.LegacyFeedHosts).HostName();
        // "*.pomona.edu" allows any subdomain: the part after the wildcard must itself be a host name.
        RuleForEach(o => o.AllowedFeedHosts)
            .Must(host => Uri.CheckHostName(host.StartsWith("*.", StringComparison.Ordinal) ? host[2..] : host) == UriHostNameType.Dns)
            .WithMessage("'{PropertyName}' must hold host names such as api.pomona.edu or *.pomona.edu (got '{PropertyValue}').");
    }
}
