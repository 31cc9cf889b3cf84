using System.Net;
using System.Text;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests.RecordReplay;

/// <summary>
/// The service with <c>Upstream:RecordDirectory</c> saves what the (fake) vendor sent, byte for byte and under the
/// vendor's own URL, into a folder that replays the same answer with no upstream at all.
/// </summary>
public sealed class RecordDirectoryTests : CapturedUpstreamTests
{
    private const string FraryDinner = "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner";

    private string _folder = null!;

    [SetUp]
    public void NewFolder() => _folder = Path.Combine(Path.GetTempPath(), $"diningmenus-record-{Guid.NewGuid():N}");

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public async Task A_received_feed_is_saved_as_sent_with_a_manifest_entry_for_its_vendor_url()
    {
        await using (var recording = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["Upstream:RecordDirectory"] = _folder }))
        {
            using var client = recording.CreateClient();
            using var response = await client.GetAsync(FraryDinner);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var entry = CaptureManifest.Read(_folder).Single(e => e.Url == "https://api.pomona.edu/eatec/Frary.json");
        Assert.That(entry.Status, Is.EqualTo(200));
        Assert.That(entry.Wrap, Is.Null, "the body is kept as received, wrapper and all");
        Assert.That(entry.RecordedAt, Is.EqualTo(MenusApiFactory.DefaultNow));
        var capture = File.ReadAllBytes(Captures.PathOf("pomona/frary_eatec_2025-12-01_to_2025-12-07.json"));
        byte[] sent = [.. Encoding.UTF8.GetBytes("/**/ menuData("), .. capture, .. Encoding.UTF8.GetBytes(");")];
        Assert.That(File.ReadAllBytes(Path.Combine(_folder, entry.File)), Is.EqualTo(sent));
    }

    [Test]
    public async Task A_recorded_folder_replays_the_same_menu_without_any_upstream()
    {
        string recorded;
        await using (var recording = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["Upstream:RecordDirectory"] = _folder }))
        {
            using var client = recording.CreateClient();
            using var response = await client.GetAsync(FraryDinner);
            recorded = StationsAndItems(await response.ReadJsonAsync());
        }

        using var network = new NoNetwork();
        await using var replaying = MenusApiFactory.Create(
            upstream: null, new Dictionary<string, string?> { ["Upstream:ReplayDirectory"] = _folder }, network.Install);
        using var replayClient = replaying.CreateClient();
        using var replayed = await replayClient.GetAsync(FraryDinner);

        Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(StationsAndItems(await replayed.ReadJsonAsync()), Is.EqualTo(recorded));
        Assert.That(network.Requests, Is.Zero);
    }

    [Test]
    public async Task A_retried_failure_is_recorded_once_as_the_service_received_it()
    {
        await using (var recording = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?> { ["Upstream:RecordDirectory"] = _folder }))
        {
            using var client = recording.CreateClient();
            Upstream.Fault = FakeUpstream.UpstreamFault.ServerError;
            using var response = await client.GetAsync("/api/v2/menus?hall_id=oldenborg&date=2025-12-01&meal=lunch");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        }

        // The recorder sits outside the retries: three attempts reached the vendor, one answer reached the service.
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Oldenborg.json"), Is.EqualTo(3));
        var feed = CaptureManifest.Read(_folder).Where(e => e.Url == "https://api.pomona.edu/eatec/Oldenborg.json").ToList();
        Assert.That(feed.Select(e => e.Status), Is.EqualTo(new[] { 500 }));
    }

    private static string StationsAndItems(System.Text.Json.JsonElement menu) =>
        string.Join("\n", menu.GetProperty("stations").EnumerateArray().Select(s =>
            $"{s.GetProperty("name").GetString()}: {string.Join(", ", s.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()))}"));
}
