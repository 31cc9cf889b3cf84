namespace DiningMenus.Api.Telemetry;

/// <summary>The <c>Telemetry</c> configuration section: where metrics and traces go.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>none (default: nothing is collected for export), console, or otlp.</summary>
    public string Exporter { get; set; } = "none";

    /// <summary>The OTLP collector, e.g. http://127.0.0.1:4317; empty uses the exporter's default or OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
    public string? OtlpEndpoint { get; set; }
}
