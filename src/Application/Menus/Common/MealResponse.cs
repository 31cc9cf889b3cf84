namespace DiningMenus.Application.Menus.Common;

/// <summary>One meal of a day menu.</summary>
/// <param name="Meal">The normalized meal: breakfast, brunch, lunch, dinner, late_night (or other for a label not recognised).</param>
/// <param name="MealLabel">The meal's name as the source gives it ("BRUNCH", "Breakfast").</param>
/// <param name="StartTime">Local start time HH:mm, where the source publishes it.</param>
/// <param name="EndTime">Local end time HH:mm, where the source publishes it.</param>
/// <param name="Stations">Stations in the source's order.</param>
public sealed record MealResponse(
    string Meal,
    string MealLabel,
    string? StartTime,
    string? EndTime,
    IReadOnlyList<StationResponse> Stations);
