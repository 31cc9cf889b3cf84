using DiningMenus.Application.Search.Common;
using Mediator;

namespace DiningMenus.Application.Search.Queries.GetDishes;

/// <summary>The distinct dishes matching <see cref="Search"/>, each with when it was last served and is next served.</summary>
/// <param name="Search">A dish name or part of one; case, accents and small typos do not matter.</param>
public sealed record GetDishesQuery(SearchText Search) : IQuery<DishesResponse>
{
    /// <summary>The best matching dishes kept.</summary>
    public const int MaxDishes = 25;
}
