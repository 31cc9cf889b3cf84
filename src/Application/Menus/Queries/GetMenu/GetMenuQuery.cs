using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetMenu;

/// <summary>One meal of one hall on one date: the earlier service's <c>GET /api/v2/menus</c>.</summary>
/// <param name="Hall">The hall.</param>
/// <param name="Date">The Pacific service date (the API passes today when the client gives none).</param>
/// <param name="Meal">The meal asked for; a hall serving brunch answers breakfast and lunch with it.</param>
/// <param name="Filter">What of the menu the client asked to see (<see cref="MenuFilter.None"/>: every item).</param>
public sealed record GetMenuQuery(Hall Hall, DateOnly Date, MealPeriod Meal, MenuFilter Filter) : IQuery<MenuResponse>;
