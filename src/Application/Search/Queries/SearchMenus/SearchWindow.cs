using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Search.Queries.SearchMenus;

/// <summary>The dates a search covers, with its defaults filled in: from today (Pacific), for a week.</summary>
public sealed record SearchWindow(DateOnly From, DateOnly To)
{
    /// <summary>How many dates the window covers, both ends included (zero or less when to is before from).</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    public static SearchWindow Of(SearchMenusQuery query, TimeProvider clock)
    {
        var from = query.From ?? ServiceCalendar.Today(clock);
        return new SearchWindow(from, query.To ?? from.AddDays(SearchMenusQuery.DefaultDays - 1));
    }
}
