using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Domain.Menus;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Menus.Queries.GetMenu;

public sealed class GetMenuQueryValidator : AbstractValidator<GetMenuQuery>
{
    public GetMenuQueryValidator(IHallRegistry halls, TimeProvider clock, IOptions<MenusOptions> options)
    {
        RuleFor(q => q.HallId).MustBeKnownHall(halls).OverridePropertyName("hall_id");
        RuleFor(q => q.Date).MustBeServedDate(clock, options.Value).OverridePropertyName("date")
            .When(q => q.Date is not null);
        RuleFor(q => q.Meal).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("meal is required: one of " + string.Join(", ", MealPeriods.RequestWords) + ".")
            .Must(meal => MealPeriods.TryParseRequest(meal, out _))
            .WithMessage((_, meal) => $"Unknown meal '{meal}': use one of {string.Join(", ", MealPeriods.RequestWords)}.")
            .OverridePropertyName("meal");
        RuleFor(q => q.Tags).MustBeDietTags().OverridePropertyName("tags");
    }
}
