using System.Net;

namespace DiningMenus.Api.FunctionalTests.Operations;

public sealed class RateLimitingTests : CapturedUpstreamTests
{
    [Test]
    public async Task Past_the_limit_a_client_gets_429_problem_details_with_retry_after_and_health_is_not_limited()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = "3",
            ["RateLimiting:WindowSeconds"] = "60",
        });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");
            statuses.Add(response.StatusCode);
            if (i == 3)
            {
                await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "Rate limit");
                Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            }
        }

        using var health = await client.GetAsync("/health/live");

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
