using FluentValidation;

namespace DiningMenus.Application.Common.Options;

internal sealed class MenusOptionsValidator : SettingsValidator<MenusOptions>
{
    /// <summary>A century: DateOnly arithmetic stays far from its limits, and no window needs more.</summary>
    private const int MaxWindowDays = 36_500;

    public MenusOptionsValidator()
    {
        RuleFor(o => o.MaxDaysBack).InclusiveBetween(0, MaxWindowDays);
        RuleFor(o => o.MaxDaysAhead).InclusiveBetween(0, MaxWindowDays);
        RuleFor(o => o.RetryAfterSeconds).InclusiveBetween(1, 86_400);
        RuleFor(o => o.AnswerDeadlineSeconds).InclusiveBetween(1, 60);
    }
}
