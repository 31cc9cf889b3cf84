using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Menus.Queries.GetHallDay;

public sealed class GetHallDayQueryValidator : AbstractValidator<GetHallDayQuery>
{
    public GetHallDayQueryValidator(TimeProvider clock, IOptions<MenusOptions> options) =>
        RuleFor(q => q.Date).MustBeServedDate(clock, options.Value).OverridePropertyName("date");
}
