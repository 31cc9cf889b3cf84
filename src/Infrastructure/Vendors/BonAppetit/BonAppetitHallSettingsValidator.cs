using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

internal sealed class BonAppetitHallSettingsValidator : SettingsValidator<BonAppetitHallSettings>
{
    private const string Placeholder = BonAppetitMenuSource.DatePlaceholder;

    public BonAppetitHallSettingsValidator()
    {
        // The rule stops at its first failure, so the checks after Required never see null.
        RuleFor(h => h.CafePageUrl)
            .Required($"the café page with {Placeholder} for the date, e.g. https://collins-cmc.cafebonappetit.com/cafe/collins/{Placeholder}/")
            .Must(url => url!.Contains(Placeholder, StringComparison.OrdinalIgnoreCase))
            .WithMessage($"'{{PropertyName}}' must contain {Placeholder} where the page's date goes (got '{{PropertyValue}}').")
            .Must(url => SettingsRules.IsAbsoluteHttpUrl(BonAppetitMenuSource.PageUrlFor(url!, new DateOnly(2025, 12, 1))))
            .WithMessage("'{PropertyName}' must be an absolute http or https URL (got '{PropertyValue}').");
    }
}
