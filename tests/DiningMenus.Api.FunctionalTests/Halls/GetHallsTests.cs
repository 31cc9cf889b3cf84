using System.Net;
using DiningMenus.FakeUpstream;

namespace DiningMenus.Api.FunctionalTests.Halls;

/// <summary>GET /api/v2/halls: the seven halls from configuration, as the earlier service listed them.</summary>
public sealed class GetHallsTests
{
    private FakeUpstreamServer _upstream = null!;
    private MenusApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _upstream = await UpstreamFixture.StartEmptyAsync();
        _factory = MenusApiFactory.Create(_upstream.BaseAddress);
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _upstream.DisposeAsync();
    }

    [TestCase("/api/v2/halls")]
    [TestCase("/api/v2/halls/")]
    public async Task Every_hall_is_listed_in_order_with_college_vendor_and_colour(string url)
    {
        using var response = await _client.GetAsync(url);

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
        Assert.That(_upstream.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task Each_hall_has_exactly_the_earlier_services_fields()
    {
        using var response = await _client.GetAsync("/api/v2/halls");

        var first = (await response.ReadJsonAsync()).EnumerateArray().First();
        Assert.That(first.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "name", "college", "vendor_type", "color" }));
    }
}
