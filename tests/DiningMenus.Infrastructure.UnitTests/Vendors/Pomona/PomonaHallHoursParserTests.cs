using DiningMenus.Domain.Hours;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.Pomona;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Pomona;

/// <summary>
/// Hand-written pages in the two markups UPSTREAM.md 5.1 describes (no real capture of a Pomona hall page
/// exists), with commented-out lines and a location block after the hours.
/// </summary>
public sealed class PomonaHallHoursParserTests
{
    internal const string OlderMarkup = """
        <html><body><main>
        <div class="dining-hours-top">
          <h2>Hours</h2>
          <div class="dining-days-col-1">
            <div class="dining-days">Monday - Friday</div>
            <div class="dining-hours">
              <span>Breakfast:</span> 7:30 - 10 a.m.<br>
              <span>Lunch:</span> 11 a.m. - 1:30 p.m.<br>
              <!-- <span>Late Night:</span> 10 - 11:30 p.m.<br> -->
              <span>Continuous Service:</span> 1:30 - 4:30 p.m.<br>
              <span>Dinner:</span> 5 - 7:30 p.m.
            </div>
          </div>
          <div class="dining-days-col-2">
            <div class="dining-days">Saturdays &amp; Sundays (and holidays)</div>
            <div class="dining-hours">
              <span>Continental Breakfast:</span> 8 - 10 a.m.<br>
              <span>Brunch:</span> 10 a.m. - 1 p.m.<br>
              <span>Dinner:</span> 5 - 7 p.m.
            </div>
          </div>
          <div class="dining-hall-location"><span>Office:</span> 9 a.m. - 5 p.m. Monday - Friday</div>
        </div>
        </main></body></html>
        """;

    internal const string NewerMarkup = """
        <div class="field dining-hours-top">
        <p><strong>Monday - Friday</strong></p>
        <p><span>Breakfast:</span> 7:30 - 10 a.m.<br><!--<span>Lunch:</span> 11 a.m. - 1 p.m.<br>--><span>Dinner:</span> 5 - 7:30 p.m.</p>
        <!-- <p><strong>Saturday</strong></p><p><span>Brunch:</span> 9 a.m. - 12 p.m.</p> -->
        <p><strong>Saturdays &amp; Sundays (and holidays)</strong></p>
        <p><span>Brunch:</span> 10 a.m. - 1 p.m.<br><span>Dinner:</span> 5 - 7 p.m.</p>
        </div>
        <div class="dining-hall-location"><p>Frank Dining Hall, 370 E. Sixth St.</p></div>
        """;

    [Test]
    public void Older_markup_keeps_hours_only_services_and_drops_commented_lines()
    {
        var week = PomonaHallHoursParser.Parse(OlderMarkup)!;

        Assert.That(Services(week, DayOfWeek.Wednesday), Is.EqualTo(new[]
        {
            (MealPeriod.Breakfast, "Breakfast", "07:30", "10:00"),
            (MealPeriod.Lunch, "Lunch", "11:00", "13:30"),
            (MealPeriod.Other, "Continuous Service", "13:30", "16:30"),
            (MealPeriod.Dinner, "Dinner", "17:00", "19:30"),
        }));
        Assert.That(Services(week, DayOfWeek.Sunday), Is.EqualTo(new[]
        {
            (MealPeriod.Breakfast, "Continental Breakfast", "08:00", "10:00"),
            (MealPeriod.Brunch, "Brunch", "10:00", "13:00"),
            (MealPeriod.Dinner, "Dinner", "17:00", "19:00"),
        }));
        Assert.That(Services(week, DayOfWeek.Saturday), Is.EqualTo(Services(week, DayOfWeek.Sunday)));
        Assert.That(Services(week, DayOfWeek.Friday).Select(s => s.Item2), Does.Not.Contain("Late Night").And.Not.Contain("Office"));
    }

    [Test]
    public void Newer_markup_reads_the_same_way()
    {
        var week = PomonaHallHoursParser.Parse(NewerMarkup)!;

        Assert.That(Services(week, DayOfWeek.Monday), Is.EqualTo(new[]
        {
            (MealPeriod.Breakfast, "Breakfast", "07:30", "10:00"),
            (MealPeriod.Dinner, "Dinner", "17:00", "19:30"),
        }), "the commented-out lunch is not served");
        Assert.That(Services(week, DayOfWeek.Saturday), Is.EqualTo(new[]
        {
            (MealPeriod.Brunch, "Brunch", "10:00", "13:00"),
            (MealPeriod.Dinner, "Dinner", "17:00", "19:00"),
        }), "the commented-out Saturday group is ignored");
    }

    [Test]
    public void A_day_the_page_does_not_list_is_closed_and_a_listed_day_is_open()
    {
        const string html = """
            <div class="dining-hours-top"><p><strong>Monday - Friday</strong></p>
            <p><span>Lunch:</span> 11:30 - 1 p.m.</p></div>
            """;
        var week = PomonaHallHoursParser.Parse(html)!;

        var monday = week.For(new DateOnly(2025, 12, 1), "page");
        Assert.That((monday.Status, monday.Services.Single().Start, monday.Services.Single().End),
            Is.EqualTo((HoursStatus.Open, new TimeOnly(11, 30), new TimeOnly(13, 0))));
        Assert.That(week.For(new DateOnly(2025, 12, 6), "page").Status, Is.EqualTo(HoursStatus.Closed));
    }

    [TestCase("")]
    [TestCase("<html><body><p>Menus</p></body></html>")]
    [TestCase("<div class=\"dining-hours-top\"><!-- <p>Monday - Friday</p> --></div>")]
    public void A_page_without_readable_hours_gives_null(string html)
    {
        Assert.That(PomonaHallHoursParser.Parse(html), Is.Null);
    }

    private static (MealPeriod, string, string, string)[] Services(WeeklyHours week, DayOfWeek day) =>
        [.. week.Days[day].Select(s => (s.Period, s.Label, s.Start.ToString("HH:mm"), s.End.ToString("HH:mm")))];
}
