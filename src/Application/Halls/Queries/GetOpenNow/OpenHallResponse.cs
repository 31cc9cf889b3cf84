namespace DiningMenus.Application.Halls.Queries.GetOpenNow;

/// <summary>
/// A hall serving at the asked instant. <c>id, name, college, color, current_meal</c> are the earlier
/// service's fields; the rest were added beside them.
/// </summary>
/// <param name="Id">The hall's id, e.g. frary.</param>
/// <param name="Name">The hall's display name.</param>
/// <param name="College">College slug: pomona, cmc, scripps, pitzer or hmc.</param>
/// <param name="Color">The hall's display colour from configuration; null when none is configured.</param>
/// <param name="CurrentMeal">The normalized meal being served: breakfast, brunch, lunch, dinner, late_night or other.</param>
/// <param name="MealLabel">The service as its source names it ("Continental Breakfast", "Continuous Service", "BRUNCH").</param>
/// <param name="StartTime">Local (Pacific) start, HH:mm.</param>
/// <param name="EndTime">Local (Pacific) end, HH:mm.</param>
/// <param name="HoursSource">Where the hours came from: the hall's menu, its hall page, its location page.</param>
public sealed record OpenHallResponse(
    string Id,
    string Name,
    string College,
    string? Color,
    string CurrentMeal,
    string MealLabel,
    string StartTime,
    string EndTime,
    string HoursSource);
