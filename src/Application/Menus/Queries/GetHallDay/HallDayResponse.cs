using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Menus.Queries.GetHallDay;

/// <summary>One hall's whole day: every meal it serves, in service order.</summary>
/// <param name="HallId">The hall's id, e.g. "frary".</param>
/// <param name="HallName">The hall's display name.</param>
/// <param name="Date">The service date, YYYY-MM-DD (Pacific).</param>
/// <param name="Status">open (meals published), closed (the source says so) or unpublished (nothing for that date yet).</param>
/// <param name="Meals">The meals in service order; empty when closed or unpublished.</param>
/// <param name="IsStale">True when the source is failing and this is the last good copy of the same date.</param>
/// <param name="FetchedAt">When the menu was read from its source (UTC).</param>
/// <param name="Source">Which source answered: eatec-feed, bonappetit-page, sodexo-api, ...</param>
public sealed record HallDayResponse(
    string HallId,
    string HallName,
    string Date,
    string Status,
    IReadOnlyList<MealResponse> Meals,
    bool IsStale,
    DateTimeOffset FetchedAt,
    string Source) : IMenuFreshness
{
    // Explicit, so that it stays out of the JSON body.
    CacheLifetime ICacheableResponse.CacheLifetime =>
        IsStale || Status == DayStatus.Unpublished.ToWireName() ? CacheLifetime.Short : CacheLifetime.Fresh;
}
