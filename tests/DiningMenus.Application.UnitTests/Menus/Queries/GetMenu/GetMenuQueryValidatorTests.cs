using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetMenu;
using DiningMenus.Application.UnitTests.TestData;
using DiningMenus.Domain.Menus;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DiningMenus.Application.UnitTests.Menus.Queries.GetMenu;

/// <summary>The rules on the typed query; parsing the request's text is the API binders' (see ModelBinding tests).</summary>
public sealed class GetMenuQueryValidatorTests
{
    // 2025-12-02 06:00 UTC is still Monday 2025-12-01 in Claremont.
    private readonly GetMenuQueryValidator _validator = new(
        new FakeTimeProvider(new DateTimeOffset(2025, 12, 2, 6, 0, 0, TimeSpan.Zero)), Options.Create(new MenusOptions()));

    [TestCase("2025-12-01")]
    [TestCase("2025-11-24")]
    [TestCase("2025-12-15")]
    public void Dates_inside_the_window_around_the_pacific_today_pass(string date)
    {
        Assert.That(_validator.Validate(Query(date)).IsValid, Is.True);
    }

    [TestCase("2025-11-23")]
    [TestCase("2025-12-16")]
    [TestCase("0001-01-01")]
    [TestCase("9999-12-31")]
    public void Dates_outside_the_window_around_the_pacific_today_are_refused(string date)
    {
        var error = _validator.Validate(Query(date)).Errors.Single();

        Assert.That(error.ErrorMessage, Is.EqualTo(
            $"Date {date} is outside the served window: 7 days before to 14 days after today (2025-12-01, Pacific time)."));
        Assert.That(error.PropertyName, Is.EqualTo("date"));
    }

    private static GetMenuQuery Query(string date) =>
        new(TestHalls.Frary, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), MealPeriod.Dinner, MenuFilter.None);
}
