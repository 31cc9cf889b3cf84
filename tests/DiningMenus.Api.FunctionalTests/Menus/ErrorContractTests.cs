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
}
