using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

internal sealed class SodexoOptionsValidator : SettingsValidator<SodexoOptions>
{
    public SodexoOptionsValidator()
    {
        RuleFor(o => o.ApiBaseUrl).AbsoluteHttpUrl();
        RuleFor(o => o.BiteMenuUrl).AbsoluteHttpUrl();
        // ApiKey may be empty: that turns the API source off, and the other two sources answer.
    }
}
