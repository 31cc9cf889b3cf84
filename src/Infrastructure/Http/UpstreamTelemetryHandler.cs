using System.Diagnostics;
using System.Globalization;
using DiningMenus.Application.Common.Telemetry;

namespace DiningMenus.Infrastructure.Http;

/// <summary>
/// Records each upstream HTTP attempt's duration and failures per vendor. It sits inside the resilience
/// handler, so every retry is an attempt of its own.
/// </summary>
public sealed class UpstreamTelemetryHandler(MenusTelemetry telemetry, string vendor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var ok = response.IsSuccessStatusCode;
            telemetry.UpstreamAttempt(vendor, Stopwatch.GetElapsedTime(started), ok ? "ok" : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), failed: !ok);
            return response;
        }
        catch (Exception ex)
        {
            telemetry.UpstreamAttempt(vendor, Stopwatch.GetElapsedTime(started), ex is OperationCanceledException ? "timeout" : ex.GetType().Name, failed: true);
            throw;
        }
    }
}
