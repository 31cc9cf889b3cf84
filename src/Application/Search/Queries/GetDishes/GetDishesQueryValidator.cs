using DiningMenus.Application.Search.Common;
using FluentValidation;

namespace DiningMenus.Application.Search.Queries.GetDishes;

public sealed class GetDishesQueryValidator : AbstractValidator<GetDishesQuery>
{
    public GetDishesQueryValidator() => RuleFor(q => q.Text).MustBeSearchText().OverridePropertyName("q");
}
