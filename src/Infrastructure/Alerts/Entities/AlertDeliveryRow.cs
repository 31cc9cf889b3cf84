using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Infrastructure.Alerts.Entities;

/// <summary>
/// One row of the delivery outbox (table <c>alert_deliveries</c>): unique per (alert, date, hall, meal). Times the
/// dispatcher compares in SQL are Unix milliseconds, which both databases order as numbers.
/// </summary>
public sealed class AlertDeliveryRow
{
    /// <summary>The webhook-id of every attempt (msg_…).</summary>
    public required string Id { get; set; }

    public required string AlertId { get; set; }

    public AlertRow? Alert { get; set; }

    public DateOnly ServedOn { get; set; }

    public required string HallId { get; set; }

    /// <summary>The meal period's name (Breakfast, Lunch, ...).</summary>
    public required string Meal { get; set; }

    /// <summary>The JSON body, the same bytes on every attempt.</summary>
    public required string Body { get; set; }

    public DeliveryStatus Status { get; set; }

    public int AttemptCount { get; set; }

    public long CreatedAt { get; set; }

    public long NextAttemptAt { get; set; }

    /// <summary>No attempt after this (queued + Alerts:RetryWindowHours).</summary>
    public long GiveUpAt { get; set; }

    /// <summary>The instance holding the delivery while it sends it; null when none does.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Until when <see cref="LeaseOwner"/> holds it; 0 when free.</summary>
    public long LeaseExpiresAt { get; set; }

    public List<AlertDeliveryAttemptRow> Attempts { get; set; } = [];
}
