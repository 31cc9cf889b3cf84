using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Api.Infrastructure.RateLimiting;

internal sealed class RateLimitingOptionsValidator : SettingsValidator<RateLimitingOptions>
{
    public RateLimitingOptionsValidator()
    {
        RuleFor(o => o.Client.TokenLimit).GreaterThanOrEqualTo(1);
        RuleFor(o => o.Client.TokensPerPeriod).GreaterThanOrEqualTo(1);
        RuleFor(o => o.Client.ReplenishmentSeconds).InclusiveBetween(1, 86_400);
        RuleFor(o => o.Admin.TokenLimit).GreaterThanOrEqualTo(1);
        RuleFor(o => o.Admin.TokensPerPeriod).GreaterThanOrEqualTo(1);
        RuleFor(o => o.Admin.ReplenishmentSeconds).InclusiveBetween(1, 86_400);
    }
}
