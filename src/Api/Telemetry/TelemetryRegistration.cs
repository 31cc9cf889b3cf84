using DiningMenus.Application.Common.Telemetry;
using Microsoft.AspNetCore.HttpLogging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DiningMenus.Api.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>
    /// One log line per request (method, path, status, duration), and — unless <c>Telemetry:Exporter</c> is
    /// none — OpenTelemetry metrics and traces of ASP.NET Core, HttpClient and the "DiningMenus" meter and
    /// activity source, exported to the console or over OTLP. With none, the SDK is not even registered.
    /// </summary>
    public static IServiceCollection AddDiningMenusTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });

        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var exporter = options.Exporter.Trim().ToLowerInvariant();
        if (exporter is "" or "none")
        {
            return services;
        }

        if (exporter is not ("console" or "otlp"))
        {
            throw new InvalidOperationException($"Telemetry:Exporter must be none, console or otlp (got '{options.Exporter}').");
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(MenusTelemetry.Name))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(MenusTelemetry.Name);
                if (exporter == "console")
                {
                    metrics.AddConsoleExporter();
                }
                else
                {
                    metrics.AddOtlpExporter(o => UseEndpoint(o, options));
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(MenusTelemetry.Name);
                if (exporter == "console")
                {
                    tracing.AddConsoleExporter();
                }
                else
                {
                    tracing.AddOtlpExporter(o => UseEndpoint(o, options));
                }
            });
        return services;
    }

    private static void UseEndpoint(OpenTelemetry.Exporter.OtlpExporterOptions exporter, TelemetryOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            exporter.Endpoint = new Uri(options.OtlpEndpoint, UriKind.Absolute);
        }
    }
}
