using DiningMenus.Application.Common.Options;
using DiningMenus.Domain.Halls;
using FluentValidation;

namespace DiningMenus.Infrastructure.Halls;

/// <summary>The common settings of one hall (<see cref="SettingsValidator{TOptions}.Path"/> is <c>Halls:&lt;id&gt;</c>).</summary>
internal sealed class HallOptionsValidator : SettingsValidator<HallOptions>
{
    public HallOptionsValidator(IReadOnlySet<VendorType> registeredVendors)
    {
        RuleFor(h => h.Name).Required("the hall's display name");
        RuleFor(h => h.College).Required("the college's slug, e.g. pomona").Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage("'{PropertyName}' must be the college's lower-case slug, e.g. pomona (got '{PropertyValue}').");
        RuleFor(h => h.Color).Matches("^#[0-9A-Fa-f]{6}$").When(h => !string.IsNullOrEmpty(h.Color))
            .WithMessage("'{PropertyName}' must be a colour written #rrggbb (got '{PropertyValue}').");
        var known = string.Join(", ", registeredVendors.Order());
        RuleFor(h => h.Vendor).NotNull().WithMessage($"'{{PropertyName}}' is required: one of {known}.");
        RuleFor(h => h.Vendor).Must(vendor => registeredVendors.Contains(vendor.GetValueOrDefault())).When(h => h.Vendor is not null)
            .WithMessage(h => $"'{{PropertyName}}' names {h.Vendor}, which no vendor folder registers (known: {known}).");
        RuleFor(h => h.Order).GreaterThanOrEqualTo(0);
    }
}
