using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

internal sealed class SodexoHallSettingsValidator : SettingsValidator<SodexoHallSettings>
{
    public SodexoHallSettingsValidator()
    {
        RuleFor(h => h.LocationId).Required("Sodexo's location id, e.g. 13147001").Matches("^[0-9]+$").WithMessage("'{PropertyName}' must be Sodexo's numeric location id (got '{PropertyValue}').");
        RuleFor(h => h.MenuId).Required("Sodexo's menu id, e.g. 15258").Matches("^[0-9]+$").WithMessage("'{PropertyName}' must be Sodexo's numeric menu id (got '{PropertyValue}').");
        RuleFor(h => h.LocationPageUrl).AbsoluteHttpUrl().When(h => !string.IsNullOrEmpty(h.LocationPageUrl));
    }
}
