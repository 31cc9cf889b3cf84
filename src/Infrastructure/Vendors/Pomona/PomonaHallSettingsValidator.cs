using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

internal sealed class PomonaHallSettingsValidator : SettingsValidator<PomonaHallSettings>
{
    public PomonaHallSettingsValidator()
    {
        RuleFor(h => h.FeedUrl).Required("the hall's Eatec feed, e.g. https://api.pomona.edu/eatec/Frary.json").AbsoluteHttpUrl();
        RuleFor(h => h.HallPageUrl).AbsoluteHttpUrl().When(h => !string.IsNullOrEmpty(h.HallPageUrl));
    }
}
