using DiningMenus.Domain.Menus;
using Moq;

namespace DiningMenus.Domain.UnitTests.Menus;

public sealed class ServiceCalendarTests
{
    private static TimeProvider At(DateTimeOffset utc)
    {
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(utc);
        return clock.Object;
    }

    [Test]
    public void Today_is_the_pacific_date_not_the_utc_date()
    {
        // 05:39 UTC on Saturday is still Friday evening in Claremont (the Sodexo page gets this wrong).
        Assert.That(ServiceCalendar.Today(At(new DateTimeOffset(2025, 11, 15, 5, 39, 0, TimeSpan.Zero))), Is.EqualTo(new DateOnly(2025, 11, 14)));
    }

    [Test]
    public void Wall_clock_times_follow_daylight_saving()
    {
        Assert.That(ServiceCalendar.ToInstant(new DateOnly(2026, 3, 7), new TimeOnly(12, 0)).Offset, Is.EqualTo(TimeSpan.FromHours(-8)));
        Assert.That(ServiceCalendar.ToInstant(new DateOnly(2026, 3, 9), new TimeOnly(12, 0)).Offset, Is.EqualTo(TimeSpan.FromHours(-7)));
    }
}
