using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Hours;

internal sealed class HoursOptionsValidator : SettingsValidator<HoursOptions>
{
    public HoursOptionsValidator()
    {
        // Both become in-process cache lifetimes, which must be positive.
        RuleFor(o => o.CacheMinutes).InclusiveBetween(1, 7 * 1440);
        RuleFor(o => o.FailureCacheSeconds).InclusiveBetween(1, 86_400);
    }
}
