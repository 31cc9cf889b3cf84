using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Menus.Queries.GetMenu;

public sealed class GetMenuQueryValidator : AbstractValidator<GetMenuQuery>
{
    public GetMenuQueryValidator(TimeProvider clock, IOptions<MenusOptions> options) =>
        RuleFor(q => q.Date).MustBeServedDate(clock, options.Value).OverridePropertyName("date");
}
