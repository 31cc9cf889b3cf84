using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetHallDay;

/// <summary>Everything one hall serves on one date, every meal in one answer.</summary>
/// <param name="Hall">The hall.</param>
/// <param name="Date">A Pacific service date.</param>
/// <param name="Tags">The dietary tags every item kept must carry (<see cref="DietFilter.None"/>: all items).</param>
public sealed record GetHallDayQuery(Hall Hall, DateOnly Date, DietFilter Tags) : IQuery<HallDayResponse>;
