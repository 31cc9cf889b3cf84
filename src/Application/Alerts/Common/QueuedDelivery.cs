using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// One delivery to queue: an alert's occurrences at one hall, date and meal, with the JSON body that every attempt
/// sends byte for byte. At most one per (alert, date, hall, meal), ever.
/// </summary>
public sealed record QueuedDelivery(string AlertId, DateOnly Date, string HallId, MealPeriod Meal, string Body);
