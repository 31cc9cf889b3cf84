using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Api.Infrastructure;

internal sealed class HealthCheckSettingsValidator : SettingsValidator<HealthCheckSettings>
{
    public HealthCheckSettingsValidator()
    {
        RuleFor(o => o.RedisTimeoutSeconds).InclusiveBetween(1, 60);
    }
}
