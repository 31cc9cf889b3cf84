using DiningMenus.Application.Alerts.Common;
using DiningMenus.Infrastructure.Alerts.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Alerts;

public static class AlertsRegistration
{
    /// <summary>
    /// Dish alerts over signed webhooks (<c>Alerts:*</c>, validated by the Application layer): the alerts and their
    /// delivery outbox in the archive's database, the dispatcher that sends them, and the webhook client that
    /// only ever connects to allowed addresses and follows no redirect.
    /// </summary>
    internal static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AlertDispatchSignal>();
        services.AddSingleton<IAlertStore, AlertStore>();
        services.AddSingleton<IWebhookTargetResolver, DnsWebhookTargetResolver>();
        services.AddHttpClient<WebhookClient>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<AlertsOptions>>().Value.DeliveryTimeout)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                // The connect callback must see the receiver's own address, not a proxy's.
                UseProxy = false,
                ConnectCallback = GuardedWebhookConnector.Create(sp.GetRequiredService<IOptions<AlertsOptions>>().Value.AllowLoopbackTargets),
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        services.AddSingleton<AlertDeliveryDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertDeliveryDispatcher>());
        return services;
    }
}
