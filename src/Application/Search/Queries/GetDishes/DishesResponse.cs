namespace DiningMenus.Application.Search.Queries.GetDishes;

/// <summary>The distinct dishes matching a search, best match first.</summary>
/// <param name="Q">The search as asked.</param>
/// <param name="Dishes">At most 25 dishes the archive has served, best match first.</param>
public sealed record DishesResponse(string Q, IReadOnlyList<DishResponse> Dishes);
