namespace DiningMenus.Application.Search.Queries.GetDishes;

/// <summary>Where and when a dish is served.</summary>
/// <param name="Date">Service date, YYYY-MM-DD (Pacific).</param>
/// <param name="HallId">The hall's id, e.g. "frary".</param>
/// <param name="Meal">breakfast, brunch, lunch, dinner, late_night or other.</param>
public sealed record ServingResponse(string Date, string HallId, string Meal);
