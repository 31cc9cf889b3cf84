namespace DiningMenus.Domain.Hours;

/// <summary>A hall's service hours on one service date, and where they came from.</summary>
/// <param name="Services">The day's windows in start order; empty unless <see cref="Status"/> is Open.</param>
/// <param name="Source">What said so ("pomona-hall-page", "sodexo-location-page", "menu", ...); null when unknown.</param>
/// <param name="Note">Why the day is closed or unknown, in the source's words where it has some ("Fall Break").</param>
public sealed record DayHours(DateOnly Date, HoursStatus Status, IReadOnlyList<ServiceHours> Services, string? Source, string? Note)
{
    public static DayHours Open(DateOnly date, IEnumerable<ServiceHours> services, string source) =>
        new(date, HoursStatus.Open, [.. services.OrderBy(s => s.Start).ThenBy(s => s.End)], source, null);

    public static DayHours Closed(DateOnly date, string source, string? note = null) =>
        new(date, HoursStatus.Closed, [], source, note);

    public static DayHours Unknown(DateOnly date, string? note = null) =>
        new(date, HoursStatus.Unknown, [], null, note);

    /// <summary>
    /// The service running at <paramref name="time"/>, or null. When windows overlap (Malott's Saturday brunch
    /// 10:00–13:00 and lunch 11:00–14:00) the one that started last is reported: it is the newer service and,
    /// at the overlap's end, the one still running.
    /// </summary>
    public ServiceHours? ServiceAt(TimeOnly time)
    {
        ServiceHours? current = null;
        foreach (var service in Services)
        {
            if (service.Covers(time) && (current is null || service.Start >= current.Start))
            {
                current = service;
            }
        }

        return current;
    }
}
