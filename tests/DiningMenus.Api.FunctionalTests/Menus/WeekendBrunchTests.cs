using System.Globalization;
using System.Net;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>
/// On a weekend a hall serving brunch answers breakfast and lunch requests with its brunch, for both the
/// Pomona Eatec feed (Frary, Saturday 2025-12-06) and a Bon Appétit page (Collins, Saturday 2026-02-07).
/// </summary>
public sealed class WeekendBrunchTests : CapturedUpstreamTests
{
    [TestCase("frary", "2025-12-06", "brunch")]
    [TestCase("frary", "2025-12-06", "breakfast")]
    [TestCase("frary", "2025-12-06", "lunch")]
    [TestCase("collins", "2026-02-07", "brunch")]
    [TestCase("collins", "2026-02-07", "breakfast")]
    [TestCase("collins", "2026-02-07", "lunch")]
    public async Task Breakfast_and_lunch_are_answered_with_the_brunch(string hall, string date, string asked)
    {
        await using var factory = FactoryTheDayAfter(date);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/v2/menus?hall_id={hall}&date={date}&meal={asked}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var menu = await response.ReadJsonAsync();
        Assert.That(menu.GetProperty("meal").GetString(), Is.EqualTo("brunch"));
        Assert.That(menu.GetProperty("date").GetString(), Is.EqualTo(date));
        Assert.That(menu.GetProperty("stations").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Collins_saturday_is_brunch_then_dinner_with_the_pages_times()
    {
        await using var factory = FactoryTheDayAfter("2026-02-07");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v2/halls/collins/menus/2026-02-07");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var day = await response.ReadJsonAsync();
        Assert.That(day.GetProperty("source").GetString(), Is.EqualTo("bonappetit-page"));
        var meals = day.GetProperty("meals").EnumerateArray()
            .Select(m => $"{m.GetProperty("meal").GetString()} {m.GetProperty("start_time").GetString()}-{m.GetProperty("end_time").GetString()}");
        Assert.That(meals, Is.EqualTo(new[] { "brunch 10:30-12:30", "dinner 16:30-18:30" }));
    }

    /// <summary>The clock at noon (Pacific) the day after <paramref name="date"/>, so the date is inside <c>Menus:MaxDaysBack</c>.</summary>
    private MenusApiFactory FactoryTheDayAfter(string date)
    {
        var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        var next = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1);
        factory.Clock.Set(new DateTimeOffset(next.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero));
        return factory;
    }
}
