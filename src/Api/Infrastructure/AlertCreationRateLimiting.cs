using System.Net;
using System.Threading.RateLimiting;
using DiningMenus.Application.Alerts.Common;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// The rate limiter policy of alert creation: <c>Alerts:CreationPermitLimit</c> per <c>Alerts:CreationWindowSeconds</c>
/// per client IP, on top of nothing else (each alert costs a DNS look-up and, later, deliveries). Rejections are
/// answered as every 429 is (<see cref="RateLimitingSetup"/>).
/// </summary>
public static class AlertCreationRateLimiting
{
    public const string PolicyName = "alert-creation";

    public static RateLimiterOptions AddAlertCreationPolicy(this RateLimiterOptions limiter)
    {
        limiter.AddPolicy(PolicyName, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<AlertsOptions>>().Value;
            var client = context.Connection.RemoteIpAddress ?? IPAddress.None;
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.CreationPermitLimit,
                Window = TimeSpan.FromSeconds(options.CreationWindowSeconds),
                QueueLimit = 0,
            });
        });
        return limiter;
    }
}
