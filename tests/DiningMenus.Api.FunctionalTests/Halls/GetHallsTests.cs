using System.Net;

namespace DiningMenus.Api.FunctionalTests.Halls;

/// <summary>GET /api/v2/halls: the seven halls from configuration, as the earlier service listed them.</summary>
public sealed class GetHallsTests : ServiceWithoutCapturesTests
{
    [TestCase("/api/v2/halls")]
    [TestCase("/api/v2/halls/")]
    public async Task Every_hall_is_listed_in_order_with_college_vendor_and_colour(string url)
    {
        using var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var halls = (await response.ReadJsonAsync()).EnumerateArray()
            .Select(h => string.Join("|",
                h.GetProperty("id").GetString(), h.GetProperty("name").GetString(), h.GetProperty("college").GetString(),
                h.GetProperty("vendor_type").GetString(), h.GetProperty("color").GetString()))
            .ToList();
        Assert.That(halls, Is.EqualTo(new[]
        {
            "frank|Frank|pomona|pomona|#20438F",
            "frary|Frary|pomona|pomona|#20438F",
            "oldenborg|Oldenborg|pomona|pomona|#20438F",
            "collins|Collins|cmc|bonappetit|#981A31",
            "malott|Malott|scripps|bonappetit|#34715B",
            "mcconnell|McConnell|pitzer|bonappetit|#F7941D",
            "hoch|Hoch-Shanahan|hmc|sodexo|#FDB913",
        }));
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task Each_hall_has_exactly_the_earlier_services_fields()
    {
        using var response = await Client.GetAsync("/api/v2/halls");

        var first = (await response.ReadJsonAsync()).EnumerateArray().First();
        Assert.That(first.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "name", "college", "vendor_type", "color" }));
    }
}
