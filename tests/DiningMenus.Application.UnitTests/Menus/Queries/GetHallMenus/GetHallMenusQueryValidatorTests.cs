using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Queries.GetHallMenus;
using DiningMenus.Application.UnitTests.TestData;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DiningMenus.Application.UnitTests.Menus.Queries.GetHallMenus;

public sealed class GetHallMenusQueryValidatorTests
{
    // Monday 2025-12-01 in Claremont; the window is 2025-11-24 .. 2025-12-15.
    private readonly GetHallMenusQueryValidator _validator = new(
        TestHalls.Registry(), new FakeTimeProvider(new DateTimeOffset(2025, 12, 2, 6, 0, 0, TimeSpan.Zero)), Options.Create(new MenusOptions()));

    [TestCase("2025-12-01", "2025-12-01")]
    [TestCase("2025-12-01", "2025-12-07")]
    [TestCase("2025-11-24", "2025-11-30")]
    [TestCase("2025-12-09", "2025-12-15")]
    public void Ranges_of_one_to_seven_days_inside_the_window_pass(string from, string to)
    {
        Assert.That(_validator.Validate(new GetHallMenusQuery("frary", from, to)).IsValid, Is.True);
    }

    [TestCase("2025-12-01", "2025-12-08", "covers 8 days; at most 7")]
    [TestCase("2025-11-24", "2025-12-15", "covers 22 days")]
    [TestCase("2025-12-05", "2025-12-04", "must not be before from")]
    public void A_range_longer_than_a_week_or_backwards_is_refused_on_to(string from, string to, string message)
    {
        var error = _validator.Validate(new GetHallMenusQuery("frary", from, to)).Errors.Single();

        Assert.That(error.ErrorMessage, Does.Contain(message));
        Assert.That(error.PropertyName, Is.EqualTo("to"));
    }

    [TestCase(null, "2025-12-02", "from", "from is required")]
    [TestCase("2025-12-01", null, "to", "to is required")]
    [TestCase("12/01/2025", "2025-12-02", "from", "Invalid date format")]
    [TestCase("2025-12-01", "2025-12-32", "to", "Invalid date format")]
    [TestCase("2025-11-20", "2025-11-25", "from", "outside the served window")]
    [TestCase("2025-12-12", "2025-12-16", "to", "outside the served window")]
    public void Each_end_is_required_well_formed_and_inside_the_window(string? from, string? to, string property, string message)
    {
        var error = _validator.Validate(new GetHallMenusQuery("frary", from, to)).Errors.Single();

        Assert.That(error.ErrorMessage, Does.Contain(message));
        Assert.That(error.PropertyName, Is.EqualTo(property));
    }

    [Test]
    public void An_unknown_hall_is_flagged_for_a_404()
    {
        var error = _validator.Validate(new GetHallMenusQuery("harvard", "2025-12-01", "2025-12-02")).Errors.Single();

        Assert.That(error.ErrorCode, Is.EqualTo(ErrorCodes.UnknownHall));
    }

    [Test]
    public void Malformed_tags_are_refused()
    {
        var error = _validator.Validate(new GetHallMenusQuery("frary", "2025-12-01", "2025-12-02", "Vegan")).Errors.Single();

        Assert.That(error.PropertyName, Is.EqualTo("tags"));
    }
}
