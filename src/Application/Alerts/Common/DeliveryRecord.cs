using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>A delivery and its attempts, as the alert's deliveries route lists them.</summary>
public sealed record DeliveryRecord(
    string Id,
    DateOnly Date,
    string HallId,
    MealPeriod Meal,
    DeliveryStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    IReadOnlyList<DeliveryAttemptRecord> Attempts);
