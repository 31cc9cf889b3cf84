using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Search.Queries.SearchMenus;

/// <summary>Where and when dishes matching <see cref="Text"/> are served, across halls and dates, from the archive only.</summary>
/// <param name="Text">A dish name or part of one; case, accents and small typos do not matter.</param>
/// <param name="From">First date; today (Pacific) when null.</param>
/// <param name="To">Last date, inclusive; six days after the first when null.</param>
/// <param name="Hall">Only this hall; every hall when null.</param>
/// <param name="Meal">Only this meal (breakfast and lunch include a brunch served instead); every meal when null.</param>
/// <param name="Tags">Only items carrying every one of these dietary tags.</param>
public sealed record SearchMenusQuery(
    string? Text, DateOnly? From, DateOnly? To, Hall? Hall, MealPeriod? Meal, DietFilter Tags) : IQuery<SearchMenusResponse>
{
    /// <summary>A month: the longest range one search covers.</summary>
    public const int MaxDays = 31;

    /// <summary>A week: the range when no end is given.</summary>
    public const int DefaultDays = 7;

    /// <summary>The best results kept; a broad word over a month can match thousands of servings.</summary>
    public const int MaxResults = 200;
}
