using DiningMenus.Application.Common.Models;

namespace DiningMenus.Application.Search.Common;

/// <summary>A dish whose name matches a search, and how well: 1 for the same name, less for prefixes and typos.</summary>
public sealed record DishMatch(ArchivedDishName Dish, double Score);
