using System.Net;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests.RecordReplay;

/// <summary>
/// The service with <c>Upstream:ReplayDirectory</c> set to tests/captures and no fake upstream: every vendor request
/// is answered in process from the captures, and none reaches the network.
/// </summary>
public sealed class ReplayDirectoryTests
{
    private NoNetwork _network = null!;
    private MenusApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartReplayingService()
    {
        _network = new NoNetwork();
        var settings = new Dictionary<string, string?>
        {
            ["Upstream:ReplayDirectory"] = Captures.Directory,
            // The captures span 2025-11-15 … 2026-02-07 around the test clock's 2025-12-01.
            ["Menus:MaxDaysBack"] = "120",
            ["Menus:MaxDaysAhead"] = "120",
        };
        _factory = MenusApiFactory.Create(upstream: null, settings, _network.Install);
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _network?.Dispose();
    }

    [TestCase("frary", "2025-12-01", "dinner", "eatec-feed", 7, 25)]
    [TestCase("collins", "2026-02-07", "brunch", "bonappetit-page", 15, 205)]
    [TestCase("hoch", "2025-11-15", "dinner", "sodexo-api", 14, 50)]
    public async Task Each_vendor_is_replayed_from_its_capture(string hall, string date, string meal, string source, int stations, int items)
    {
        using var response = await _client.GetAsync($"/api/v2/menus?hall_id={hall}&date={date}&meal={meal}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var menu = await response.ReadJsonAsync();
        Assert.That(menu.GetProperty("source").GetString(), Is.EqualTo(source));
        var stationList = menu.GetProperty("stations").EnumerateArray().ToList();
        Assert.That(stationList, Has.Count.EqualTo(stations));
        Assert.That(stationList.Sum(s => s.GetProperty("items").GetArrayLength()), Is.EqualTo(items));
        Assert.That(_network.Requests, Is.Zero);
    }

    [Test]
    public async Task The_eatec_capture_is_served_in_its_jsonp_wrapper_and_parsed_as_the_live_feed()
    {
        using var response = await _client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");

        var menu = await response.ReadJsonAsync();
        var names = menu.GetProperty("stations").EnumerateArray()
            .SelectMany(s => s.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("name").GetString());
        Assert.That(names, Does.Contain("Spicy Pork Bulgogi"));
    }

    [Test]
    public async Task A_url_the_folder_does_not_hold_is_a_404_upstream_so_the_service_answers_503()
    {
        // Collins is captured for 2026-02-07 only: its page of the next day is not in the folder.
        using var response = await _client.GetAsync("/api/v2/menus?hall_id=collins&date=2026-02-08&meal=dinner");

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.That(_network.Requests, Is.Zero);
    }
}
