using System.Net;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>Resolves a webhook's host name to its addresses (DNS), for the check at creation.</summary>
public interface IWebhookTargetResolver
{
    /// <summary>The host's addresses; empty when it does not resolve.</summary>
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken);
}
