namespace DiningMenus.Application.Alerts.Common;

/// <summary>One POST of a delivery: when, the receiver's status code (null: no answer) and what it meant.</summary>
public sealed record DeliveryAttemptRecord(int Number, DateTimeOffset At, int? StatusCode, DeliveryOutcome Outcome, string? Error);
