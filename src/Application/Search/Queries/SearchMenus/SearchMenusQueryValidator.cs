using DiningMenus.Application.Common.Validation;
using FluentValidation;

namespace DiningMenus.Application.Search.Queries.SearchMenus;

public sealed class SearchMenusQueryValidator : AbstractValidator<SearchMenusQuery>
{
    public SearchMenusQueryValidator()
    {
        RuleFor(q => q.DayCount).Cascade(CascadeMode.Stop)
            .GreaterThanOrEqualTo(1)
            .WithMessage(q => $"to ({q.To.ToWireDate()}) must not be before from ({q.From.ToWireDate()}).")
            .LessThanOrEqualTo(SearchMenusQuery.MaxDays)
            .WithMessage(q => $"The range {q.From.ToWireDate()} to {q.To.ToWireDate()} covers {q.DayCount} days; "
                + $"at most {SearchMenusQuery.MaxDays} are searched at once.")
            .OverridePropertyName("to");
    }
}
