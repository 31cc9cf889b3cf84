using System.Text.Json;
using DiningMenus.Domain.Hours;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Sodexo;

/// <summary>
/// Hoch's real hours excerpt (read with python3): weekdays Breakfast 7:30–9:30, Lunch 11:15–1:00, Dinner
/// 5:00–7:00; weekends Brunch 10:30–12:45, Dinner 5:00–7:00. Seasonal: Fall Break 2025-10-10T13:00Z …
/// 10-14T17:00Z on Mon/Tue/Sat/Sun; Juneteenth CLOSED (allDay) 2025-06-19 Thursday; Cesar Chavez Friday
/// 2025-03-28 brunch + a dinner ending "07:00 AM"; summer weekday Lunch 12:00–12:45 from 2025-06-16T01:00Z to 07-25.
/// </summary>
public sealed class SodexoHoursCalendarTests
{
    private static SodexoOpeningHours Hoch()
    {
        using var document = JsonDocument.Parse(Captures.ReadText("sodexo/hoch_opening-hours_2025-11-15_excerpt.json"));
        return SodexoOpeningHoursParser.Parse(document.RootElement);
    }

    [Test]
    public void A_regular_weekday_has_breakfast_lunch_and_dinner()
    {
        var monday = SodexoHoursCalendar.For(Hoch(), new DateOnly(2025, 12, 1));

        Assert.That(monday.Status, Is.EqualTo(HoursStatus.Open));
        Assert.That(monday.Services.Select(s => (s.Label, s.Start, s.End)), Is.EqualTo(new[]
        {
            ("Breakfast", new TimeOnly(7, 30), new TimeOnly(9, 30)), ("Lunch", new TimeOnly(11, 15), new TimeOnly(13, 0)),
            ("Dinner", new TimeOnly(17, 0), new TimeOnly(19, 0)),
        }));
        Assert.That(monday.ServiceAt(new TimeOnly(12, 0))!.Label, Is.EqualTo("Lunch"));
    }

    [Test]
    public void A_regular_weekend_day_has_brunch_and_dinner()
    {
        var saturday = SodexoHoursCalendar.For(Hoch(), new DateOnly(2025, 11, 15));

        Assert.That(saturday.Services.Select(s => (s.Label, s.Start, s.End)), Is.EqualTo(new[]
        {
            ("Brunch", new TimeOnly(10, 30), new TimeOnly(12, 45)), ("Dinner", new TimeOnly(17, 0), new TimeOnly(19, 0)),
        }));
    }

    [Test]
    public void An_all_day_closure_closes_the_day_with_its_label()
    {
        var juneteenth = SodexoHoursCalendar.For(Hoch(), new DateOnly(2025, 6, 19));

        Assert.That((juneteenth.Status, juneteenth.Note), Is.EqualTo((HoursStatus.Closed, "Juneteenth Holiday CLOSED")),
            "the closure wins over the summer weekday lunch it falls inside");
        Assert.That(SodexoHoursCalendar.For(Hoch(), new DateOnly(2025, 6, 18)).Services.Single().Start, Is.EqualTo(new TimeOnly(12, 0)),
            "the day before is a summer weekday");
    }

    [Test]
    public void Fall_break_closes_only_the_weekdays_it_names()
    {
        var hours = Hoch();

        Assert.That(SodexoHoursCalendar.For(hours, new DateOnly(2025, 10, 13)).Note, Is.EqualTo("Fall Break"), "Monday");
        Assert.That(SodexoHoursCalendar.For(hours, new DateOnly(2025, 10, 11)).Status, Is.EqualTo(HoursStatus.Closed), "Saturday");
        Assert.That(SodexoHoursCalendar.For(hours, new DateOnly(2025, 10, 10)).Services, Has.Count.EqualTo(3), "Friday is not named: regular hours");
        Assert.That(SodexoHoursCalendar.For(hours, new DateOnly(2025, 10, 15)).Status, Is.EqualTo(HoursStatus.Open), "after the break");
    }

    [Test]
    public void A_holiday_dinner_entered_as_ending_at_7_am_is_never_current()
    {
        var cesarChavez = SodexoHoursCalendar.For(Hoch(), new DateOnly(2025, 3, 28));

        Assert.That(cesarChavez.Services.Select(s => s.Label), Is.EqualTo(new[] { "Cesar Chavez Holiday-Brunch", "Cesar Chavez Holiday-Dinner" }));
        Assert.That(cesarChavez.ServiceAt(new TimeOnly(11, 0))!.Label, Is.EqualTo("Cesar Chavez Holiday-Brunch"));
        Assert.That(cesarChavez.ServiceAt(new TimeOnly(18, 0)), Is.Null);
    }
}
