using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Warming;

internal sealed class WarmerOptionsValidator : SettingsValidator<WarmerOptions>
{
    public WarmerOptionsValidator()
    {
        RuleFor(o => o.IntervalMinutes).InclusiveBetween(1, 1440);
        RuleFor(o => o.DaysAhead).InclusiveBetween(0, 31);
        RuleFor(o => o.AfterMidnightMinutes).InclusiveBetween(0, 1439);
    }
}
