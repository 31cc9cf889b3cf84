using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Application.Alerts.Commands.CreateAlert;

/// <summary>A new alert, with its secret: shown this once, never again.</summary>
/// <param name="Id">The alert's id, for GET/DELETE /api/v2/alerts/{id}.</param>
/// <param name="Secret">Standard Webhooks secret (whsec_…): verifies the deliveries' webhook-signature, and is the Bearer credential of the alert's routes. Not retrievable later.</param>
/// <param name="Alert">What the alert watches.</param>
public sealed record CreatedAlertResponse(string Id, string Secret, AlertResponse Alert);
