using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Api.Infrastructure;

internal sealed class RateLimitingOptionsValidator : SettingsValidator<RateLimitingOptions>
{
    public RateLimitingOptionsValidator()
    {
        RuleFor(o => o.PermitLimit).GreaterThanOrEqualTo(1);
        RuleFor(o => o.WindowSeconds).InclusiveBetween(1, 86_400);
    }
}
