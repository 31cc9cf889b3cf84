using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetHallDay;

/// <summary>Everything one hall serves on one date, every meal in one answer.</summary>
/// <param name="Hall">The hall.</param>
/// <param name="Date">A Pacific service date.</param>
/// <param name="Filter">What of the menu the client asked to see (<see cref="MenuFilter.None"/>: every item).</param>
public sealed record GetHallDayQuery(Hall Hall, DateOnly Date, MenuFilter Filter) : IQuery<HallDayResponse>;
