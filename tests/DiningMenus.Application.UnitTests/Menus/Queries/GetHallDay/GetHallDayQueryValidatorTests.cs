using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Queries.GetHallDay;
using DiningMenus.Application.UnitTests.TestData;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DiningMenus.Application.UnitTests.Menus.Queries.GetHallDay;

public sealed class GetHallDayQueryValidatorTests
{
    // 2025-12-02 06:00 UTC is still Monday 2025-12-01 in Claremont.
    private readonly GetHallDayQueryValidator _validator = new(
        TestHalls.Registry(), new FakeTimeProvider(new DateTimeOffset(2025, 12, 2, 6, 0, 0, TimeSpan.Zero)), Options.Create(new MenusOptions()));

    [TestCase("frary", "2025-12-01", null)]
    [TestCase("FRARY", "2025-11-24", "")]
    [TestCase("frary", "2025-12-15", "vegan")]
    [TestCase("frary", "2025-12-01", "vegan,gluten-free")]
    [TestCase("frary", "2025-12-01", " vegan , halal ")]
    [TestCase("frary", "2025-12-01", "plant-based,kosher")]
    public void Valid_queries_pass(string hall, string date, string? tags)
    {
        Assert.That(_validator.Validate(new GetHallDayQuery(hall, date, tags)).IsValid, Is.True);
    }

    [Test]
    public void An_unknown_hall_is_flagged_for_a_404()
    {
        var error = _validator.Validate(new GetHallDayQuery("harvard", "2025-12-01")).Errors.Single();

        Assert.That(error.ErrorCode, Is.EqualTo(ErrorCodes.UnknownHall));
        Assert.That(error.PropertyName, Is.EqualTo("hall_id"));
    }

    [TestCase(null, "Invalid date format")]
    [TestCase("2025-12-1", "Invalid date format")]
    [TestCase("2025-11-23", "outside the served window")]
    [TestCase("2025-12-16", "outside the served window")]
    public void The_date_is_required_well_formed_and_inside_the_window(string? date, string message)
    {
        var error = _validator.Validate(new GetHallDayQuery("frary", date)).Errors.Single();

        Assert.That(error.ErrorMessage, Does.Contain(message));
        Assert.That(error.PropertyName, Is.EqualTo("date"));
    }

    [TestCase("Vegan")]
    [TestCase("gluten free")]
    [TestCase("gluten_free")]
    [TestCase("vegan,,halal")]
    [TestCase("vegan;halal")]
    [TestCase("-vegan")]
    [TestCase("vegan-")]
    [TestCase("gluten--free")]
    [TestCase("Végétarien")]
    public void Tags_must_be_lower_case_kebab_words(string tags)
    {
        var error = _validator.Validate(new GetHallDayQuery("frary", "2025-12-01", tags)).Errors.Single();

        Assert.That(error.ErrorMessage, Does.StartWith("Invalid tags"));
        Assert.That(error.PropertyName, Is.EqualTo("tags"));
    }
}
