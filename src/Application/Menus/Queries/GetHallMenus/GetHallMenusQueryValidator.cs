using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Menus.Queries.GetHallMenus;

public sealed class GetHallMenusQueryValidator : AbstractValidator<GetHallMenusQuery>
{
    public GetHallMenusQueryValidator(TimeProvider clock, IOptions<MenusOptions> options)
    {
        RuleFor(q => q.From).MustBeServedDate(clock, options.Value).OverridePropertyName("from");
        RuleFor(q => q.To).MustBeServedDate(clock, options.Value).OverridePropertyName("to");
        RuleFor(q => q.DayCount).Cascade(CascadeMode.Stop)
            .GreaterThanOrEqualTo(1)
            .WithMessage(q => $"to ({q.To.ToWireDate()}) must not be before from ({q.From.ToWireDate()}).")
            .LessThanOrEqualTo(GetHallMenusQuery.MaxDays)
            .WithMessage(q => $"The range {q.From.ToWireDate()} to {q.To.ToWireDate()} covers {q.DayCount} days; "
                + $"at most {GetHallMenusQuery.MaxDays} are served in one request.")
            .OverridePropertyName("to");
    }
}
