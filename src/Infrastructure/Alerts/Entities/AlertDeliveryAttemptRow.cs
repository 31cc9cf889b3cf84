using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Infrastructure.Alerts.Entities;

/// <summary>One POST of a delivery (table <c>alert_delivery_attempts</c>).</summary>
public sealed class AlertDeliveryAttemptRow
{
    public long Id { get; set; }

    public required string DeliveryId { get; set; }

    public int Number { get; set; }

    public DateTimeOffset At { get; set; }

    public int? StatusCode { get; set; }

    public DeliveryOutcome Outcome { get; set; }

    public string? Error { get; set; }
}
