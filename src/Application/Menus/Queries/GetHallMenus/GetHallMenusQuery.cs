using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetHallMenus;

/// <summary>One hall's day menus for a range of up to <see cref="MaxDays"/> dates, each date once, in order.</summary>
/// <param name="HallId">The hall id, e.g. "frary".</param>
/// <param name="From">First date, YYYY-MM-DD (Pacific).</param>
/// <param name="To">Last date (inclusive), YYYY-MM-DD (Pacific).</param>
/// <param name="Tags">Optional comma-separated dietary tags every item kept must carry.</param>
public sealed record GetHallMenusQuery(string? HallId, string? From, string? To, string? Tags = null) : IQuery<HallMenusResponse>
{
    /// <summary>A week: what the Eatec feed holds in one download and a frontend shows at once.</summary>
    public const int MaxDays = 7;
}
