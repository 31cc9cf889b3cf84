using System.Net;
using System.Threading.RateLimiting;
using DiningMenus.Application.Alerts.Common;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Infrastructure.RateLimiting;

/// <summary>
/// The rate limiter policy of alert creation (<c>[EnableRateLimiting(PolicyName)]</c>), spent besides the global
/// bucket: <c>Alerts:CreationPermitLimit</c> per <c>Alerts:CreationWindowSeconds</c> per client, keyed as the global
/// limiter keys clients (<see cref="RateLimitPartitionKey.ClientNetwork"/>). An alert costs a DNS look-up now and
/// deliveries later, so creating them is held far below reading menus. Refusals are answered as every 429 is.
/// </summary>
public static class AlertCreationRateLimiting
{
    public const string PolicyName = "alert-creation";

    public static IServiceCollection AddAlertCreationRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AlertsOptions>>((limiter, alerts) =>
            limiter.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = alerts.Value.CreationPermitLimit,
                    Window = TimeSpan.FromSeconds(alerts.Value.CreationWindowSeconds),
                    QueueLimit = 0,
                })));
        return services;
    }

    /// <summary>The client an alert is created for: what this policy and <c>Alerts:MaxPerClient</c> count by.</summary>
    public static string ClientKey(HttpContext context) =>
        (RateLimitPartitionKey.ClientNetwork(context.Connection.RemoteIpAddress) ?? IPAddress.None).ToString();
}
