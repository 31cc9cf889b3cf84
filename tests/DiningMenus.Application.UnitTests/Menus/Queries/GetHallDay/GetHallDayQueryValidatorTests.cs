using System.Globalization;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetHallDay;
using DiningMenus.Application.UnitTests.TestData;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DiningMenus.Application.UnitTests.Menus.Queries.GetHallDay;

/// <summary>The rules on the typed query; parsing hall, date and tags is the API binders' (see ModelBinding tests).</summary>
public sealed class GetHallDayQueryValidatorTests
{
    // 2025-12-02 06:00 UTC is still Monday 2025-12-01 in Claremont.
    private readonly GetHallDayQueryValidator _validator = new(
        new FakeTimeProvider(new DateTimeOffset(2025, 12, 2, 6, 0, 0, TimeSpan.Zero)), Options.Create(new MenusOptions { MaxDaysBack = 2, MaxDaysAhead = 3 }));

    [TestCase("2025-11-29")]
    [TestCase("2025-12-01")]
    [TestCase("2025-12-04")]
    public void Dates_inside_the_configured_window_pass(string date)
    {
        Assert.That(_validator.Validate(Query(date)).IsValid, Is.True);
    }

    [TestCase("2025-11-28")]
    [TestCase("2025-12-05")]
    public void Dates_outside_the_configured_window_are_refused(string date)
    {
        var error = _validator.Validate(Query(date)).Errors.Single();

        Assert.That(error.ErrorMessage, Is.EqualTo(
            $"Date {date} is outside the served window: 2 days before to 3 days after today (2025-12-01, Pacific time)."));
        Assert.That(error.PropertyName, Is.EqualTo("date"));
    }

    private static GetHallDayQuery Query(string date) =>
        new(TestHalls.Frary, DateOnly.Parse(date, CultureInfo.InvariantCulture), MenuFilter.None);
}
