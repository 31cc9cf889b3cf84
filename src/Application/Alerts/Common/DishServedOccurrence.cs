namespace DiningMenus.Application.Alerts.Common;

/// <summary>One matching dish of a delivery: where and when it is served.</summary>
public sealed record DishServedOccurrence(
    string Date, string HallId, string HallName, string Meal, string Station, string Name, IReadOnlyList<string> Tags);
