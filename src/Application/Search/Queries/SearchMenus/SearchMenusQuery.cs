using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Search.Queries.SearchMenus;

/// <summary>Where and when dishes matching <see cref="Search"/> are served, across halls and dates, from the archive only.</summary>
/// <param name="Search">A dish name or part of one; case, accents and small typos do not matter.</param>
/// <param name="From">First Pacific service date.</param>
/// <param name="To">Last Pacific service date (inclusive).</param>
/// <param name="Hall">Only this hall; every hall when null.</param>
/// <param name="Meal">Only this meal (breakfast and lunch include a brunch served instead); every meal when null.</param>
/// <param name="Tags">Only items carrying every one of these dietary tags (<see cref="DietFilter.None"/>: all items).</param>
public sealed record SearchMenusQuery(
    SearchText Search, DateOnly From, DateOnly To, Hall? Hall, MealPeriod? Meal, DietFilter Tags) : IQuery<SearchMenusResponse>
{
    /// <summary>A month: the longest range one search covers.</summary>
    public const int MaxDays = 31;

    /// <summary>A week: the range when no end is given.</summary>
    public const int DefaultDays = 7;

    /// <summary>The best results kept; a broad word over a month can match thousands of servings.</summary>
    public const int MaxResults = 200;

    /// <summary>How many dates the range covers, both ends included (zero or less when To is before From).</summary>
    public int DayCount => To.DayNumber - From.DayNumber + 1;

    /// <summary>The last date searched when the client names only the first: a week in all (the calendar's last day at most).</summary>
    public static DateOnly DefaultTo(DateOnly from) =>
        from.DayNumber > DateOnly.MaxValue.DayNumber - (DefaultDays - 1) ? DateOnly.MaxValue : from.AddDays(DefaultDays - 1);
}
