namespace DiningMenus.Application.Alerts.Queries.GetAlertDeliveries;

/// <summary>An alert's deliveries, newest first.</summary>
/// <param name="AlertId">The alert.</param>
/// <param name="Deliveries">One per (date, hall, meal) the alert matched.</param>
public sealed record AlertDeliveriesResponse(string AlertId, IReadOnlyList<DeliveryResponse> Deliveries);
