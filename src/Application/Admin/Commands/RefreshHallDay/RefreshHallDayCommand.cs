using DiningMenus.Domain.Halls;
using Mediator;

namespace DiningMenus.Application.Admin.Commands.RefreshHallDay;

/// <summary>Fetch one hall's menu of one date from upstream now and replace the cached copy.</summary>
/// <param name="Hall">The hall.</param>
/// <param name="Date">A Pacific service date inside the served window.</param>
public sealed record RefreshHallDayCommand(Hall Hall, DateOnly Date) : ICommand<RefreshHallDayResponse>;
