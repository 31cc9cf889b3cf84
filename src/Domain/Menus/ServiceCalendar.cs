namespace DiningMenus.Domain.Menus;

/// <summary>Service dates are calendar dates in Claremont, California, whatever the server's time zone.</summary>
public static class ServiceCalendar
{
    public static TimeZoneInfo Pacific { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(LocalNow(clock).DateTime);

    public static DateTimeOffset LocalNow(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Pacific);

    /// <summary>The instant of a Pacific wall-clock time on a service date (DST-aware).</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Pacific.GetUtcOffset(local));
    }
}
