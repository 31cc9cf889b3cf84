using DiningMenus.Api.Infrastructure.Pipeline;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Telemetry;
using Microsoft.AspNetCore.HttpLogging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DiningMenus.Api.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>
    /// One log line per request that runs (method, path, status, duration; replayed answers are not logged), and — unless <c>Telemetry:Exporter</c> is
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
        services.AddHttpLoggingInterceptor<HeadMethodLogInterceptor>();

        var section = configuration.GetSection(TelemetryOptions.SectionName);
        services.AddValidatedOptions<TelemetryOptions, TelemetryOptionsValidator>(section);
        // Whether the SDK is registered at all is decided now; an unknown exporter registers none and stops the start.
        var options = section.ReadAtRegistration<TelemetryOptions>();
        var exporter = options.ExporterName;
        if (exporter is not (TelemetryOptions.Console or TelemetryOptions.Otlp))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(MenusTelemetry.Name))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(MenusTelemetry.Name);
                if (exporter == TelemetryOptions.Console)
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
                if (exporter == TelemetryOptions.Console)
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
