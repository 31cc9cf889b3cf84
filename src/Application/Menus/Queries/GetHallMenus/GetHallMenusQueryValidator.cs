using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Menus.Queries.GetHallMenus;

public sealed class GetHallMenusQueryValidator : AbstractValidator<GetHallMenusQuery>
{
    public GetHallMenusQueryValidator(IHallRegistry halls, TimeProvider clock, IOptions<MenusOptions> options)
    {
        RuleFor(q => q.HallId).MustBeKnownHall(halls).OverridePropertyName("hall_id");
        RuleFor(q => q.From).NotNull().WithMessage("from is required (YYYY-MM-DD).").OverridePropertyName("from");
        RuleFor(q => q.From).MustBeServedDate(clock, options.Value).OverridePropertyName("from").When(q => q.From is not null);
        RuleFor(q => q.To).NotNull().WithMessage("to is required (YYYY-MM-DD).").OverridePropertyName("to");
        RuleFor(q => q.To).MustBeServedDate(clock, options.Value).OverridePropertyName("to").When(q => q.To is not null);
        RuleFor(q => q.Tags).MustBeDietTags().OverridePropertyName("tags");

        // Checked only when both dates parse; their own rules report the format.
        RuleFor(q => q).Cascade(CascadeMode.Stop)
            .Must(q => Span(q) >= 1).WithMessage(q => $"to ({q.To}) must not be before from ({q.From}).")
            .Must(q => Span(q) <= GetHallMenusQuery.MaxDays)
            .WithMessage(q => $"The range {q.From} to {q.To} covers {Span(q)} days; at most {GetHallMenusQuery.MaxDays} are served in one request.")
            .When(q => RequestRules.TryParseDate(q.From, out _) && RequestRules.TryParseDate(q.To, out _))
            .OverridePropertyName("to");
    }

    /// <summary>How many dates the range covers, both ends included (zero or less when to is before from).</summary>
    private static int Span(GetHallMenusQuery query)
    {
        RequestRules.TryParseDate(query.From, out var from);
        RequestRules.TryParseDate(query.To, out var to);
        return to.DayNumber - from.DayNumber + 1;
    }
}
