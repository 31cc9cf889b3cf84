using DiningMenus.Application.Common.Validation;
using FluentValidation;

namespace DiningMenus.Application.Halls.Queries.GetOpenNow;

public sealed class GetOpenNowQueryValidator : AbstractValidator<GetOpenNowQuery>
{
    public GetOpenNowQueryValidator()
    {
        RuleFor(q => q.At)
            .Must(at => InstantText.TryParse(at, out _))
            .When(q => q.At is not null)
            .WithMessage((_, at) => $"Invalid at '{at}': use an ISO 8601 date-time such as 2025-12-01T12:30 (Pacific) or 2025-12-01T20:30:00Z.")
            .OverridePropertyName("at");
    }
}
