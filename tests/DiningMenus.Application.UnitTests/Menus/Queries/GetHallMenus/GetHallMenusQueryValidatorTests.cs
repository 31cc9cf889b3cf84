using System.Globalization;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetHallMenus;
using DiningMenus.Application.UnitTests.TestData;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DiningMenus.Application.UnitTests.Menus.Queries.GetHallMenus;

/// <summary>The rules on the typed range; parsing and requiring from/to is the API binders' (see ModelBinding tests).</summary>
public sealed class GetHallMenusQueryValidatorTests
{
    // Monday 2025-12-01 in Claremont; the window is 2025-11-24 .. 2025-12-15.
    private readonly GetHallMenusQueryValidator _validator = new(
        new FakeTimeProvider(new DateTimeOffset(2025, 12, 2, 6, 0, 0, TimeSpan.Zero)), Options.Create(new MenusOptions()));

    [TestCase("2025-12-01", "2025-12-01")]
    [TestCase("2025-12-01", "2025-12-07")]
    [TestCase("2025-11-24", "2025-11-30")]
    [TestCase("2025-12-09", "2025-12-15")]
    public void Ranges_of_one_to_seven_days_inside_the_window_pass(string from, string to)
    {
        Assert.That(_validator.Validate(Query(from, to)).IsValid, Is.True);
    }

    [TestCase("2025-12-01", "2025-12-08", "The range 2025-12-01 to 2025-12-08 covers 8 days; at most 7 are served in one request.")]
    [TestCase("2025-11-24", "2025-12-15", "The range 2025-11-24 to 2025-12-15 covers 22 days; at most 7 are served in one request.")]
    [TestCase("2025-12-05", "2025-12-04", "to (2025-12-04) must not be before from (2025-12-05).")]
    public void A_range_longer_than_a_week_or_backwards_is_refused_on_to(string from, string to, string message)
    {
        var error = _validator.Validate(Query(from, to)).Errors.Single();

        Assert.That(error.ErrorMessage, Is.EqualTo(message));
        Assert.That(error.PropertyName, Is.EqualTo("to"));
    }

    [TestCase("2025-11-20", "2025-11-25", "from")]
    [TestCase("2025-12-12", "2025-12-16", "to")]
    public void Each_end_must_be_inside_the_window(string from, string to, string property)
    {
        var error = _validator.Validate(Query(from, to)).Errors.Single();

        Assert.That(error.ErrorMessage, Does.Contain("outside the served window"));
        Assert.That(error.PropertyName, Is.EqualTo(property));
    }

    [Test]
    public void Every_broken_rule_is_reported_at_once()
    {
        var errors = _validator.Validate(Query("2025-11-01", "2025-10-30")).Errors;

        Assert.That(errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "from", "to", "to" }));
        Assert.That(errors[2].ErrorMessage, Does.Contain("must not be before from"));
    }

    private static GetHallMenusQuery Query(string from, string to) =>
        new(TestHalls.Frary, DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture), MenuFilter.None);
}
