using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetMenu;

/// <summary>One meal of one hall on one date: the earlier service's <c>GET /api/v2/menus</c>.</summary>
/// <param name="HallId">The hall id, e.g. "frary".</param>
/// <param name="Date">YYYY-MM-DD (Pacific); today when null.</param>
/// <param name="Meal">breakfast, brunch, lunch, dinner or late_night.</param>
/// <param name="Tags">Optional comma-separated dietary tags every item kept must carry.</param>
public sealed record GetMenuQuery(string? HallId, string? Date, string? Meal, string? Tags = null) : IQuery<MenuResponse>;
