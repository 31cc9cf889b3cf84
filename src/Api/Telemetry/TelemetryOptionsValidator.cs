using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Api.Telemetry;

internal sealed class TelemetryOptionsValidator : SettingsValidator<TelemetryOptions>
{
    public TelemetryOptionsValidator()
    {
        RuleFor(o => o.Exporter).Must((options, _) => TelemetryOptions.Exporters.Contains(options.ExporterName))
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", TelemetryOptions.Exporters)} (got '{{PropertyValue}}').");
        RuleFor(o => o.OtlpEndpoint).AbsoluteHttpUrl().When(o => !string.IsNullOrWhiteSpace(o.OtlpEndpoint));
    }
}
