using System.Text.Json;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Sodexo;

/// <summary>
/// Expected values were read from the excerpt with python3: standard Mon–Fri Breakfast 7:30–9:30, Lunch
/// 11:15–1:00, Dinner 5:00–7:00; Sat/Sun Brunch 10:30–12:45, Dinner 5:00–7:00; five seasonal entries.
/// </summary>
public sealed class SodexoOpeningHoursParserTests
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static SodexoOpeningHours Hoch()
    {
        using var document = JsonDocument.Parse(Captures.ReadText("sodexo/hoch_opening-hours_2025-11-15_excerpt.json"));
        return SodexoOpeningHoursParser.Parse(document.RootElement);
    }

    [Test]
    public void Standard_hours_are_local_clock_times_per_weekday()
    {
        var hours = Hoch().Standard;

        Assert.That(hours.Select(h => (h.Label, h.Start, h.End)), Is.EqualTo(new (string, TimeOnly?, TimeOnly?)[]
        {
            ("Breakfast", new(7, 30), new(9, 30)), ("Lunch", new(11, 15), new(13, 0)), ("Dinner", new(17, 0), new(19, 0)),
            ("Brunch", new(10, 30), new(12, 45)), ("Dinner", new(17, 0), new(19, 0)),
        }));
        Assert.That(hours[0].Days, Is.EqualTo(Weekdays));
        Assert.That(hours[3].Days, Is.EqualTo(new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
        Assert.That(hours.Select(h => h.AllDay), Is.All.False);
    }

    [Test]
    public void Seasonal_hours_keep_utc_instants_labels_and_the_source_typo()
    {
        var seasonal = Hoch().Seasonal;

        Assert.That(seasonal, Has.Count.EqualTo(5));
        var fallBreak = seasonal[0];
        Assert.That((fallBreak.From, fallBreak.To), Is.EqualTo((new DateTimeOffset(2025, 10, 10, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 10, 14, 17, 0, 0, TimeSpan.Zero))));
        Assert.That(fallBreak.Hours.Single().Label, Is.EqualTo("Fall Break"));
        Assert.That(fallBreak.Hours[0].Start, Is.Null);

        var holidayDinner = seasonal[1].Hours.Single(h => h.Label == "Cesar Chavez Holiday-Dinner");
        Assert.That((holidayDinner.Start, holidayDinner.End), Is.EqualTo((new TimeOnly(17, 0), new TimeOnly(7, 0))), "07:00 AM as entered");

        var juneteenth = seasonal[2].Hours.Single();
        Assert.That((juneteenth.Label, juneteenth.AllDay, juneteenth.Days.Single()), Is.EqualTo(("Juneteenth Holiday CLOSED", true, DayOfWeek.Thursday)));
        Assert.That(seasonal[4].Hours.Single().Start, Is.EqualTo(new TimeOnly(12, 0)), "12 PM is noon");
    }

    [Test]
    public void The_location_page_holds_the_same_hours()
    {
        var fromPage = SodexoOpeningHoursParser.FromPage(SodexoPreloadedStateParserTests.HochLocationPage());

        Assert.That(fromPage, Is.Not.Null);
        Assert.That(fromPage!.Standard.Select(h => h.Label), Is.EqualTo(Hoch().Standard.Select(h => h.Label)));
        Assert.That(fromPage.Seasonal, Has.Count.EqualTo(5));
    }

    [TestCase("")]
    [TestCase("<html>nothing</html>")]
    [TestCase("<script>window.__PRELOADED_STATE__ = {\"composition\": {\"subject\": {\"regions\": []}}};</script>")]
    [TestCase("<script>window.__PRELOADED_STATE__ = {\"broken\": </script>")]
    public void Pages_without_hours_give_null(string html)
    {
        Assert.That(SodexoOpeningHoursParser.FromPage(html), Is.Null);
    }

    [Test]
    public void Odd_entries_are_skipped()
    {
        using var document = JsonDocument.Parse("""
            {"standardHours": [null, {"days": [{"key": "9"}], "hours": [{"label": "Never"}]},
               {"days": {"key": 3}, "hours": [{"label": "Late", "startTime": {"hour": "13", "minute": "00", "period": "PM"}}, {"label": " "}]}],
             "seasonalHours": [{"from": "someday", "to": "2025-01-01T00:00:00Z"}, "x"]}
            """);

        var hours = SodexoOpeningHoursParser.Parse(document.RootElement);

        var late = hours.Standard.Single();
        Assert.That((late.Label, late.Days.Single(), late.Start), Is.EqualTo(("Late", DayOfWeek.Wednesday, (TimeOnly?)null)));
        Assert.That(hours.Seasonal, Is.Empty);
    }
}
