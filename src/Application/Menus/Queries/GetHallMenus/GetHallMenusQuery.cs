using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetHallMenus;

/// <summary>One hall's day menus for a range of up to <see cref="MaxDays"/> dates, each date once, in order.</summary>
/// <param name="Hall">The hall.</param>
/// <param name="From">First Pacific service date.</param>
/// <param name="To">Last Pacific service date (inclusive).</param>
/// <param name="Filter">What of the menu the client asked to see (<see cref="MenuFilter.None"/>: every item).</param>
public sealed record GetHallMenusQuery(Hall Hall, DateOnly From, DateOnly To, MenuFilter Filter) : IQuery<HallMenusResponse>
{
    /// <summary>A week: what the Eatec feed holds in one download and a frontend shows at once.</summary>
    public const int MaxDays = 7;

    /// <summary>How many dates the range covers, both ends included (zero or less when To is before From).</summary>
    public int DayCount => To.DayNumber - From.DayNumber + 1;
}
