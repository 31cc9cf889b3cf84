using System.Net;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>The earlier service's error contract; none of these reach the upstream.</summary>
public sealed class ErrorContractTests : ServiceWithoutCapturesTests
{
    [TestCase("/api/v2/menus?hall_id=nowhere&date=2025-12-01&meal=dinner", HttpStatusCode.NotFound, "Unknown hall_id: nowhere")]
    [TestCase("/api/v2/menus/?hall_id=nowhere&date=2025-12-01&meal=dinner", HttpStatusCode.NotFound, "Unknown hall_id: nowhere")]
    [TestCase("/api/v2/menus?hall_id=frary&date=12/01/2025&meal=dinner", HttpStatusCode.BadRequest, "Invalid date format")]
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-13-01&meal=dinner", HttpStatusCode.BadRequest, "Invalid date format")]
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-12-1&meal=dinner", HttpStatusCode.BadRequest, "Invalid date format")]
    [TestCase("/api/v2/menus?hall_id=frary&date=&meal=dinner", HttpStatusCode.BadRequest, "Invalid date format")]
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-11-23&meal=dinner", HttpStatusCode.BadRequest, "outside the served window")]
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-12-16&meal=dinner", HttpStatusCode.BadRequest, "outside the served window")]
    [TestCase("/api/v2/menus?hall_id=frary&date=9999-12-31&meal=dinner", HttpStatusCode.BadRequest, "outside the served window")]
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=supper", HttpStatusCode.BadRequest, "Unknown meal 'supper'")]
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-12-01", HttpStatusCode.BadRequest, "meal is required")]
    [TestCase("/api/v2/menus?date=2025-12-01&meal=dinner", HttpStatusCode.BadRequest, "hall_id is required")]
    [TestCase("/api/v2/menus?hall_id=%F0%9F%8D%95&date=2025-12-01&meal=dinner", HttpStatusCode.NotFound, "Unknown hall_id")]
    [TestCase("/api/v2/menus?hall_id=nowhere&date=tomorrow&meal=tea&tags=Vegan", HttpStatusCode.NotFound, "Unknown hall_id: nowhere")]
    public async Task Bad_input_gets_a_problem_details_answer(string url, HttpStatusCode status, string detail)
    {
        using var response = await Client.GetAsync(url);

        await response.AssertProblemAsync(status, detail);
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task Bad_parameters_are_named_in_the_errors_member()
    {
        using var response = await Client.GetAsync("/api/v2/menus?hall_id=frary&date=tomorrow&meal=tea");

        var problem = await response.ReadJsonAsync();
        var errors = problem.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "date", "meal" }));
    }

    [Test]
    public async Task Every_unreadable_parameter_is_named_in_the_order_of_the_parameters()
    {
        using var response = await Client.GetAsync("/api/v2/menus?tags=Vegan&meal=tea&date=tomorrow");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "hall_id is required. Invalid date format");
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "hall_id", "date", "meal", "tags" }));
        Assert.That(errors.GetProperty("tags")[0].GetString(),
            Is.EqualTo("Invalid tags 'Vegan': use comma-separated lower-case kebab words, e.g. vegan,gluten-free."));
    }

    [TestCase("/api/v2/menus?hall_id=frary&date=tomorrow&meal=dinner", Description = "a value that cannot be read")]
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-11-23&meal=dinner", Description = "a rule about a value that reads")]
    [TestCase("/api/v2/menus?hall_id=nowhere&meal=dinner", Description = "an unknown hall")]
    public async Task No_error_may_be_kept_by_a_cache(string url)
    {
        using var response = await Client.GetAsync(url);

        Assert.That(response.IsSuccessStatusCode, Is.False);
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }
}
