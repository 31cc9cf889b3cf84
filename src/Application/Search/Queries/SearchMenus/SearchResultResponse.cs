namespace DiningMenus.Application.Search.Queries.SearchMenus;

/// <summary>One serving of a matching dish.</summary>
/// <param name="Date">Service date, YYYY-MM-DD (Pacific).</param>
/// <param name="HallId">The hall's id, e.g. "frary".</param>
/// <param name="HallName">The hall's display name.</param>
/// <param name="Meal">breakfast, brunch, lunch, dinner, late_night or other.</param>
/// <param name="Station">The station that serves it.</param>
/// <param name="Name">The dish as the menu names it.</param>
/// <param name="Tags">Its dietary tags.</param>
/// <param name="Score">How well the name matches the search: 1 for the same name, less for parts and typos.</param>
public sealed record SearchResultResponse(
    string Date, string HallId, string HallName, string Meal, string Station, string Name, IReadOnlyList<string> Tags, double Score);
