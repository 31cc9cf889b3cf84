using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Menus.Common;

namespace DiningMenus.Application.Menus.Queries.GetMenu;

/// <summary>
/// One meal of one hall on one date. The first six fields are the earlier service's contract, unchanged;
/// the rest were added beside them.
/// </summary>
/// <param name="HallId">The hall's id, e.g. "frary".</param>
/// <param name="Date">The service date, YYYY-MM-DD (Pacific).</param>
/// <param name="Meal">The normalized meal served: breakfast, brunch, lunch, dinner or late_night.</param>
/// <param name="Stations">Stations in the source's order.</param>
/// <param name="IsStale">True when the source is failing and this is the last good copy of the same date.</param>
/// <param name="FetchedAt">When the menu was read from its source (UTC).</param>
/// <param name="HallName">The hall's display name.</param>
/// <param name="MealLabel">The meal's name as the source gives it ("BRUNCH", "Breakfast").</param>
/// <param name="StartTime">Local start time HH:mm, where the source publishes it.</param>
/// <param name="EndTime">Local end time HH:mm, where the source publishes it.</param>
/// <param name="Source">Which source answered: eatec-feed, bonappetit-page, sodexo-api, ...</param>
public sealed record MenuResponse(
    string HallId,
    string Date,
    string Meal,
    IReadOnlyList<StationResponse> Stations,
    bool IsStale,
    DateTimeOffset FetchedAt,
    string HallName,
    string MealLabel,
    string? StartTime,
    string? EndTime,
    string Source) : IMenuFreshness
{
    // Explicit, so that it stays out of the JSON body.
    CacheLifetime ICacheableResponse.CacheLifetime => IsStale ? CacheLifetime.Short : CacheLifetime.Fresh;
}
