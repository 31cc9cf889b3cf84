using DiningMenus.Application.Search.Common;
using FluentValidation;

namespace DiningMenus.Application.Search.Queries.SearchMenus;

public sealed class SearchMenusQueryValidator : AbstractValidator<SearchMenusQuery>
{
    public SearchMenusQueryValidator(TimeProvider clock)
    {
        RuleFor(q => q.Text).MustBeSearchText().OverridePropertyName("q");
        RuleFor(q => SearchWindow.Of(q, clock)).Cascade(CascadeMode.Stop)
            .Must(window => window.Days >= 1)
            .WithMessage((_, window) => $"to ({Format(window.To)}) must not be before from ({Format(window.From)}).")
            .Must(window => window.Days <= SearchMenusQuery.MaxDays)
            .WithMessage((_, window) => $"The range {Format(window.From)} to {Format(window.To)} covers {window.Days} days; "
                + $"at most {SearchMenusQuery.MaxDays} are searched at once.")
            .OverridePropertyName("to");
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
