namespace DiningMenus.Application.Alerts.Queries.GetAlertDeliveries;

/// <summary>One delivery: the webhook-id its attempts carry, what it announces, where it stands.</summary>
/// <param name="Id">The webhook-id header of every attempt (msg_…), for the receiver's de-duplication.</param>
/// <param name="Date">Service date YYYY-MM-DD.</param>
/// <param name="HallId">The hall.</param>
/// <param name="Meal">The meal.</param>
/// <param name="Status">pending, delivered, failed or cancelled.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="NextAttemptAt">When it is tried next (pending only).</param>
/// <param name="Attempts">Each POST made, oldest first.</param>
public sealed record DeliveryResponse(
    string Id, string Date, string HallId, string Meal, string Status, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt,
    IReadOnlyList<DeliveryAttemptResponse> Attempts);
