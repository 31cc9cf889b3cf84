using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Halls;

/// <summary>Each hall's vendor settings, with the vendor's rules, every failure naming <c>Halls:&lt;id&gt;:&lt;key&gt;</c>.</summary>
internal sealed class VendorHallsValidator<TSettings, THallValidator> : SettingsValidator<VendorHalls<TSettings>>
    where TSettings : class
    where THallValidator : SettingsValidator<TSettings>, new()
{
    public VendorHallsValidator()
    {
        RuleFor(halls => halls).Custom((halls, context) =>
        {
            foreach (var (id, settings) in halls)
            {
                foreach (var failure in new THallValidator { Path = KeyOf(id) }.Validate(settings).Errors)
                {
                    context.AddFailure(failure);
                }
            }
        });
    }
}
