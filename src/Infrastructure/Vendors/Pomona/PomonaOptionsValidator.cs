using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

internal sealed class PomonaOptionsValidator : SettingsValidator<PomonaOptions>
{
    public PomonaOptionsValidator()
    {
        RuleForEach(o => o.LegacyFeedHosts).HostName();
    }
}
