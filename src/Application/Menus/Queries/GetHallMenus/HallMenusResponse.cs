using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Menus.Queries.GetHallDay;

namespace DiningMenus.Application.Menus.Queries.GetHallMenus;

/// <summary>One hall's day menus for a range of dates.</summary>
/// <param name="HallId">The hall's id, e.g. "frary".</param>
/// <param name="HallName">The hall's display name.</param>
/// <param name="From">First date of the range, YYYY-MM-DD.</param>
/// <param name="To">Last date of the range (inclusive), YYYY-MM-DD.</param>
/// <param name="Days">Each date of the range once, in date order.</param>
public sealed record HallMenusResponse(
    string HallId,
    string HallName,
    string From,
    string To,
    IReadOnlyList<HallDayResponse> Days) : IMenuFreshness
{
    // Explicit, so that they stay out of the JSON body. The range is as fresh as its oldest day.
    DateTimeOffset IMenuFreshness.FetchedAt => Days.Count == 0 ? DateTimeOffset.MinValue : Days.Min(d => d.FetchedAt);

    CacheLifetime ICacheableResponse.CacheLifetime =>
        Days.Any(d => ((ICacheableResponse)d).CacheLifetime == CacheLifetime.Short) ? CacheLifetime.Short : CacheLifetime.Fresh;
}
