namespace DiningMenus.Application.Alerts.Queries.GetAlertDeliveries;

/// <summary>One POST of a delivery.</summary>
/// <param name="Number">1 for the first attempt.</param>
/// <param name="At">When it was made.</param>
/// <param name="StatusCode">The receiver's HTTP status; null when none came (network error, timeout, refused address).</param>
/// <param name="Outcome">delivered, retry or final.</param>
/// <param name="Error">What went wrong, when something did.</param>
public sealed record DeliveryAttemptResponse(int Number, DateTimeOffset At, int? StatusCode, string Outcome, string? Error);
