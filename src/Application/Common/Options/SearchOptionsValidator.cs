using FluentValidation;

namespace DiningMenus.Application.Common.Options;

internal sealed class SearchOptionsValidator : SettingsValidator<SearchOptions>
{
    public SearchOptionsValidator()
    {
        // A day at most: dishes another instance archived should not stay unfindable longer.
        RuleFor(o => o.IndexRefreshSeconds).InclusiveBetween(1, 86_400);
    }
}
