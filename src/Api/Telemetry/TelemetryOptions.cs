namespace DiningMenus.Api.Telemetry;

/// <summary>The <c>Telemetry</c> configuration section: where metrics and traces go.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public const string None = "none";

    public const string Console = "console";

    public const string Otlp = "otlp";

    public static readonly IReadOnlyList<string> Exporters = [None, Console, Otlp];

    /// <summary>none (default: nothing is collected for export), console, or otlp.</summary>
    public string Exporter { get; set; } = None;

    /// <summary>The OTLP collector, e.g. http://127.0.0.1:4317; empty uses the exporter's default or OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><see cref="Exporter"/> trimmed and lower-cased; empty counts as none.</summary>
    public string ExporterName => string.IsNullOrWhiteSpace(Exporter) ? None : Exporter.Trim().ToLowerInvariant();
}
