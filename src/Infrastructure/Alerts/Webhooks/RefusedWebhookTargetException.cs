using System.Net;

namespace DiningMenus.Infrastructure.Alerts.Webhooks;

/// <summary>A webhook host that resolved (or connected) to an address a webhook may not reach: the delivery fails for good.</summary>
public sealed class RefusedWebhookTargetException(string host, IEnumerable<IPAddress> addresses)
    : IOException($"Webhook host '{host}' resolves to no address a webhook may reach ({string.Join(", ", addresses)}).");
