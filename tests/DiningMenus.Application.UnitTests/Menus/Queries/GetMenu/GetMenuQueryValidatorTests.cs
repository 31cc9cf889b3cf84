using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Queries.GetMenu;
using DiningMenus.Application.UnitTests.TestData;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DiningMenus.Application.UnitTests.Menus.Queries.GetMenu;

public sealed class GetMenuQueryValidatorTests
{
    // 2025-12-02 06:00 UTC is still Monday 2025-12-01 in Claremont.
    private readonly GetMenuQueryValidator _validator = new(
        TestHalls.Registry(), new FakeTimeProvider(new DateTimeOffset(2025, 12, 2, 6, 0, 0, TimeSpan.Zero)), Options.Create(new MenusOptions()));

    [TestCase("frary", "2025-12-01", "dinner")]
    [TestCase("FRARY", "2025-11-24", "late_night")]
    [TestCase("frary", "2025-12-15", "brunch")]
    [TestCase("frary", null, "lunch")]
    public void Valid_queries_pass(string hall, string? date, string meal)
    {
        Assert.That(_validator.Validate(new GetMenuQuery(hall, date, meal)).IsValid, Is.True);
    }

    [Test]
    public void An_unknown_hall_is_flagged_for_a_404()
    {
        var error = _validator.Validate(new GetMenuQuery("harvard", "2025-12-01", "dinner")).Errors.Single();

        Assert.That(error.ErrorCode, Is.EqualTo(ErrorCodes.UnknownHall));
        Assert.That(error.ErrorMessage, Is.EqualTo("Unknown hall_id: harvard"));
        Assert.That(error.PropertyName, Is.EqualTo("hall_id"));
    }

    [TestCase("2025/12/01")]
    [TestCase("2025-12-1")]
    [TestCase("2025-02-30")]
    [TestCase("")]
    [TestCase(" 2025-12-01")]
    [TestCase("2025-12-01T00:00:00")]
    public void Malformed_dates_are_invalid_format(string date)
    {
        var error = _validator.Validate(new GetMenuQuery("frary", date, "dinner")).Errors.Single();

        Assert.That(error.ErrorMessage, Does.StartWith("Invalid date format, use YYYY-MM-DD"));
        Assert.That(error.PropertyName, Is.EqualTo("date"));
    }

    [TestCase("2025-11-23")]
    [TestCase("2025-12-16")]
    [TestCase("0001-01-01")]
    public void Dates_outside_the_window_around_the_pacific_today_are_refused(string date)
    {
        var error = _validator.Validate(new GetMenuQuery("frary", date, "dinner")).Errors.Single();

        Assert.That(error.ErrorMessage, Does.Contain("outside the served window"));
        Assert.That(error.ErrorMessage, Does.Contain("2025-12-01"));
    }

    [TestCase(null, "meal is required")]
    [TestCase("tea", "Unknown meal 'tea'")]
    public void Meals_must_be_known_words(string? meal, string message)
    {
        var error = _validator.Validate(new GetMenuQuery("frary", "2025-12-01", meal)).Errors.Single();

        Assert.That(error.ErrorMessage, Does.StartWith(message));
        Assert.That(error.PropertyName, Is.EqualTo("meal"));
    }
}
