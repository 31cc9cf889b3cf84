using DiningMenus.Domain.Hours;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// The hours of one service date from a Sodexo location's <see cref="SodexoOpeningHours"/>. A seasonal entry
/// covers the Pacific calendar dates from its <c>from</c> to its <c>to</c> instant (the site stores UTC
/// instants such as 06:00Z … 23:59:59Z for one holiday), on the weekdays its hours name. It replaces the
/// standard week for those dates: its timed hours are the day's services, and an entry without times
/// ("Fall Break", "Juneteenth Holiday CLOSED") closes the day. When entries overlap (Juneteenth inside the
/// summer hours) the one that starts last wins, as the more specific exception.
/// </summary>
public static class SodexoHoursCalendar
{
    public const string Source = "sodexo-location-page";

    public static DayHours For(SodexoOpeningHours hours, DateOnly date)
    {
        var exception = hours.Seasonal
            .Where(s => Covers(s, date))
            .OrderByDescending(s => s.From)
            .FirstOrDefault();
        if (exception is null)
        {
            return Standard(hours).For(date, Source);
        }

        var that = exception.Hours.Where(h => h.Days.Contains(date.DayOfWeek)).ToList();
        var services = that.Select(Timed).OfType<ServiceHours>().ToList();
        return services.Count > 0
            ? DayHours.Open(date, services, Source)
            : DayHours.Closed(date, Source, string.Join("; ", that.Select(h => h.Label).Distinct()));
    }

    /// <summary>The regular week: every timed, not all-day entry on each of its days.</summary>
    public static WeeklyHours Standard(SodexoOpeningHours hours)
    {
        var week = new Dictionary<DayOfWeek, IReadOnlyList<ServiceHours>>();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var services = hours.Standard.Where(h => h.Days.Contains(day)).Select(Timed).OfType<ServiceHours>().ToList();
            if (services.Count > 0)
            {
                week[day] = services;
            }
        }

        return new WeeklyHours(week);
    }

    private static bool Covers(SodexoSeasonalHours seasonal, DateOnly date) =>
        date >= PacificDate(seasonal.From) && date <= PacificDate(seasonal.To)
        && seasonal.Hours.Any(h => h.Days.Contains(date.DayOfWeek));

    private static ServiceHours? Timed(SodexoServiceHours hours) =>
        !hours.AllDay && hours.Start is { } start && hours.End is { } end ? ServiceHours.Labelled(hours.Label, start, end) : null;

    private static DateOnly PacificDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ServiceCalendar.Pacific).DateTime);
}
