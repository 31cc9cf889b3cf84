using System.Text.RegularExpressions;
using DiningMenus.Application.Common.Options;
using DiningMenus.Domain.Halls;
using FluentValidation;

namespace DiningMenus.Infrastructure.Halls;

/// <summary>The <c>Halls</c> section: at least one hall, URL-safe ids, and each hall's common settings.</summary>
internal sealed partial class HallCatalogOptionsValidator : SettingsValidator<HallCatalogOptions>
{
    public HallCatalogOptionsValidator(IEnumerable<RegisteredVendor> registeredVendors)
    {
        var vendors = registeredVendors.Select(v => v.Vendor).ToHashSet();
        RuleFor(catalog => catalog).Custom((catalog, context) =>
        {
            if (catalog.Count == 0)
            {
                context.AddFailure(Path, $"'{Path}' must configure at least one hall.");
            }

            foreach (var (id, hall) in catalog)
            {
                var key = KeyOf(id);
                if (!HallId().IsMatch(id))
                {
                    context.AddFailure(key, $"'{key}': a hall id must be letters, digits and dashes (it is the hall_id of the API).");
                }

                foreach (var failure in new HallOptionsValidator(vendors) { Path = key }.Validate(hall).Errors)
                {
                    context.AddFailure(failure);
                }
            }
        });
    }

    [GeneratedRegex("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")]
    private static partial Regex HallId();
}
