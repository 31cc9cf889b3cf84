using DiningMenus.Domain.Halls;
using Mediator;

namespace DiningMenus.Application.Admin.Commands.InvalidateHall;

/// <summary>
/// End one hall's fresh cached menus, on every instance, for every date the service answers, so the next request
/// goes upstream. The last good copies stay: they are the fallback if that request fails.
/// </summary>
public sealed record InvalidateHallCommand(Hall Hall) : ICommand<InvalidateHallResponse>;
