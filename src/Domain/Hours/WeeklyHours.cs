namespace DiningMenus.Domain.Hours;

/// <summary>
/// A hall's regular week as its page publishes it: the services of each weekday. A weekday the schedule does
/// not list is a closed day (Oldenborg lists Monday–Friday only).
/// </summary>
public sealed record WeeklyHours(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<ServiceHours>> Days)
{
    public bool IsEmpty => Days.Values.All(services => services.Count == 0);

    /// <summary>The regular hours of <paramref name="date"/>'s weekday; unknown when nothing was published at all.</summary>
    public DayHours For(DateOnly date, string source)
    {
        if (IsEmpty)
        {
            return DayHours.Unknown(date, "no hours published");
        }

        return Days.TryGetValue(date.DayOfWeek, out var services) && services.Count > 0
            ? DayHours.Open(date, services, source)
            : DayHours.Closed(date, source, $"no hours published for {date.DayOfWeek}s");
    }
}
