using DiningMenus.Domain.Hours;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Halls.Common;

/// <summary>
/// Combines a hall's published hours with its day menu. The menu knows closed days (a Pomona Closed
/// record) and, at Bon Appétit, each meal's own times; the hours page knows the regular week, including
/// hours-only services such as "Continental Breakfast".
/// </summary>
public static class DayHoursReconciler
{
    public const string MenuSource = "menu";

    /// <param name="date">The service date the hours are for.</param>
    /// <param name="published">The hours the hall publishes for that date (hall page, location page).</param>
    /// <param name="menu">The day menu, or null when it could not be read (unknown is then up to the published hours).</param>
    public static DayHours Combine(DateOnly date, DayHours published, DayMenu? menu)
    {
        if (menu is null || menu.Status == DayStatus.Unpublished)
        {
            return published;
        }

        if (menu.Status == DayStatus.Closed)
        {
            return DayHours.Closed(date, MenuSource, "the menu says closed");
        }

        // A menu whose every meal carries its times (Bon Appétit dayparts, Sodexo BiteMenu) is the day's own schedule.
        var timed = menu.Meals
            .Where(m => m.Start is not null && m.End is not null)
            .Select(m => new ServiceHours(m.Period, m.Label, m.Start!.Value, m.End!.Value))
            .ToList();
        if (timed.Count > 0 && timed.Count == menu.Meals.Count)
        {
            return DayHours.Open(date, timed, MenuSource);
        }

        if (published.Status == HoursStatus.Open)
        {
            return published;
        }

        // Meals are served but the hours page is silent or says closed: the menu's timed meals, else unknown.
        return timed.Count > 0
            ? DayHours.Open(date, timed, MenuSource)
            : DayHours.Unknown(date, "a menu is published but no hours are");
    }
}
