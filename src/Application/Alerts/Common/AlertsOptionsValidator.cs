using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Application.Alerts.Common;

internal sealed class AlertsOptionsValidator : SettingsValidator<AlertsOptions>
{
    public AlertsOptionsValidator()
    {
        RuleFor(o => o.MaxPerClient).InclusiveBetween(1, 10_000);
        RuleFor(o => o.CreationPermitLimit).InclusiveBetween(1, 100_000);
        RuleFor(o => o.CreationWindowSeconds).InclusiveBetween(1, 86_400);
        RuleFor(o => o.DisableAfterFailures).InclusiveBetween(1, 1_000);
        RuleFor(o => o.DeliveryTimeoutSeconds).InclusiveBetween(1, 120);
        RuleFor(o => o.RetryWindowHours).InclusiveBetween(1, 24 * 30);
        RuleFor(o => o.InitialBackoffSeconds).InclusiveBetween(1, 3_600);
        RuleFor(o => o.MaxBackoffMinutes).InclusiveBetween(1, 24 * 60)
            .Must((o, minutes) => minutes * 60 >= o.InitialBackoffSeconds)
            .WithMessage(o => $"'{KeyOf(nameof(o.MaxBackoffMinutes))}' must be at least '{KeyOf(nameof(o.InitialBackoffSeconds))}'.");
        // A claimed delivery must stay claimed for longer than its request may take, or a second instance could send it too.
        RuleFor(o => o.LeaseSeconds).InclusiveBetween(2, 3_600)
            .Must((o, lease) => lease > o.DeliveryTimeoutSeconds)
            .WithMessage(o => $"'{KeyOf(nameof(o.LeaseSeconds))}' must be greater than '{KeyOf(nameof(o.DeliveryTimeoutSeconds))}'.");
        // At most a day: Task.Delay takes up to 49 days, and a due delivery should not wait longer anyway.
        RuleFor(o => o.PollIntervalSeconds).InclusiveBetween(1, 86_400);
    }
}
