using Microsoft.Extensions.DependencyInjection;
using Polly.Telemetry;

namespace DiningMenus.Infrastructure.Http;

/// <summary>
/// Keeps the resilience pipeline's own events below Warning. A vendor that is down is expected: each failed read is
/// already one warning from the fallback orchestrator (hall, source, kind, reason), so Polly's default Warning/Error
/// per attempt, each with the exception's stack trace, only multiplied that line. Attempts and retries are Debug,
/// circuit changes Information; raise <c>Logging:LogLevel:Polly</c> to see them.
/// </summary>
public static class UpstreamRetryLogging
{
    public static IServiceCollection AddQuietUpstreamRetries(this IServiceCollection services) =>
        // The only resilience pipelines of the service are the upstream clients', so this applies to them alone.
        services.Configure<TelemetryOptions>(o => o.SeverityProvider = args => args.Event.EventName switch
        {
            "OnCircuitOpened" or "OnCircuitClosed" or "OnCircuitHalfOpened" => ResilienceEventSeverity.Information,
            _ => ResilienceEventSeverity.Debug,
        });
}
