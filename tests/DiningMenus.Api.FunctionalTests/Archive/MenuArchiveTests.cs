using System.Net;
using DiningMenus.FakeUpstream;
using DiningMenus.Infrastructure.Archive;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests.Archive;

/// <summary>
/// The archive behind the real pipeline: what a menu request archives, and the archive answering for a vendor
/// that is down after a restart without Redis. On a real SQLite file and a real PostgreSQL.
/// </summary>
[TestFixture(ArchiveProviders.Sqlite)]
[TestFixture(ArchiveProviders.Postgres)]
public sealed class MenuArchiveTests(string provider) : ArchiveTestBase(provider)
{
    private const string FraryFeed = "/api.pomona.edu/eatec/Frary.json";
    private const string FraryDinner = "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner";
    private const string AdminKey = "archive-test-key";

    private static readonly DateOnly December1 = new(2025, 12, 1);

    [Test]
    public async Task Reading_Frarys_week_once_archives_all_seven_days()
    {
        var service = StartService();
        using var client = service.CreateClient();

        using var dinner = await client.GetAsync(FraryDinner);

        Assert.That(dinner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(1));
        var week = Enumerable.Range(0, 7).Select(December1.AddDays).ToList();
        Assert.That(await ArchivedDatesAsync(service, "frary"), Is.EqualTo(week));
        foreach (var date in week)
        {
            var revisions = await RevisionsAsync(service, "frary", date);
            Assert.That(revisions.Select(r => (r.Revision, r.Source)), Is.EqualTo(new[] { (1, "eatec-feed") }), $"{date}");
            Assert.That(revisions[0].Meals, Is.Not.Empty, $"{date}");
        }

        Assert.That(Published.Where(p => p.HallId == "frary").Select(p => (p.Date, p.Revision)), Is.EquivalentTo(week.Select(d => (d, 1))));
    }

    [Test]
    public async Task After_a_restart_without_redis_and_with_the_vendor_down_the_archived_copy_is_served_stale()
    {
        var before = StartService();
        using (var client = before.CreateClient())
        {
            using var fresh = await client.GetAsync(FraryDinner);
            Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await before.DisposeAsync();
        Upstream.Fault = UpstreamFault.ServerError;
        var after = StartService();
        after.Clock.Advance(TimeSpan.FromHours(20));
        using var restarted = after.CreateClient();

        using var dinner = await restarted.GetAsync(FraryDinner);
        using var otherDayOfTheWeek = await restarted.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-03&meal=lunch");
        using var neverRead = await restarted.GetAsync("/api/v2/menus?hall_id=frank&date=2025-12-01&meal=dinner");

        Assert.That(dinner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var menu = await dinner.ReadJsonAsync();
        Assert.That(menu.GetProperty("is_stale").GetBoolean(), Is.True);
        Assert.That(menu.GetProperty("fetched_at").GetDateTimeOffset(), Is.EqualTo(MenusApiFactory.DefaultNow));
        Assert.That(menu.GetProperty("stations").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("name").GetString()), Does.Contain("Spicy Pork Bulgogi"));
        Assert.That(otherDayOfTheWeek.StatusCode, Is.EqualTo(HttpStatusCode.OK), "archived from the same week download");
        Assert.That((await otherDayOfTheWeek.ReadJsonAsync()).GetProperty("is_stale").GetBoolean(), Is.True);
        await neverRead.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "2025-12-01");
    }

    [Test]
    public async Task Reading_the_same_page_twice_makes_one_revision_and_a_changed_page_a_second()
    {
        var service = StartService(new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey });
        using var client = service.CreateClient();
        using (var first = await client.GetAsync(FraryDinner))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await RefreshAsync(client, "2025-12-01");
        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(2), "the refresh read the feed again");
        Assert.That((await RevisionsAsync(service, "frary", December1)).Select(r => r.Revision), Is.EqualTo(new[] { 1 }));

        var changed = Path.Combine(service.ArchiveFolder + "-upstream", "frary-changed.json");
        Directory.CreateDirectory(Path.GetDirectoryName(changed)!);
        try
        {
            await File.WriteAllTextAsync(changed,
                Captures.ReadText("pomona/frary_eatec_2025-12-01_to_2025-12-07.json").Replace("Spicy Pork Bulgogi", "Spicy Beef Bulgogi", StringComparison.Ordinal));
            Upstream.AddCapture(new CapturedResponse { Url = "https:/" + FraryFeed, File = changed, Wrap = "menuData" });
            await RefreshAsync(client, "2025-12-01");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(changed)!, recursive: true);
            Upstream.AddCapture(new CapturedResponse { Url = "https:/" + FraryFeed, File = "pomona/frary_eatec_2025-12-01_to_2025-12-07.json", Wrap = "menuData" });
        }

        var revisions = await RevisionsAsync(service, "frary", December1);
        Assert.That(revisions.Select(r => r.Revision), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(revisions.Select(r => r.Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).Any(i => i.Name == "Spicy Beef Bulgogi")),
            Is.EqualTo(new[] { false, true }));
        Assert.That((await RevisionsAsync(service, "frary", December1.AddDays(1))).Select(r => r.Revision), Is.EqualTo(new[] { 1 }),
            "the other days of the download did not change");
        Assert.That(Published.Count(p => p.Date == December1), Is.EqualTo(2));
    }

    [Test]
    public async Task A_database_that_cannot_be_reached_never_fails_a_menu_request()
    {
        // SQLite: a file that cannot be created; PostgreSQL: a loopback port nothing listens on.
        var unreachable = Provider == ArchiveProviders.Sqlite
            ? "Data Source=/dev/null/archive/menus.db"
            : "Host=127.0.0.1;Port=9;Database=archive;Username=postgres;Timeout=2";
        var service = StartService(new Dictionary<string, string?> { ["Archive:ConnectionString"] = unreachable }, services => services.AddFakeLogging());
        using var client = service.CreateClient();

        using var fresh = await client.GetAsync(FraryDinner);
        Upstream.Fault = UpstreamFault.ServerError;
        using var failing = await client.GetAsync("/api/v2/menus?hall_id=frank&date=2025-12-01&meal=dinner");
        using var search = await client.GetAsync("/api/v2/search?q=bulgogi&from=2025-12-01&to=2025-12-07");
        using var ready = await client.GetAsync("/health/ready");

        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK), "served, though it could not be archived");
        await failing.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "2025-12-01");
        await search.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "archive");
        Assert.That(search.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), "degraded still answers 200");
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Degraded"));

        // A database that is down is an expected failure: one line each (migration, write, read, search), no stack trace.
        var archive = service.Services.GetFakeLogCollector().GetSnapshot()
            .Where(r => r.Category?.StartsWith(typeof(ArchiveMenuStore).Namespace!, StringComparison.Ordinal) == true)
            .ToList();
        Assert.That(archive.Select(r => (r.Level, r.Exception)), Is.All.EqualTo((LogLevel.Warning, (Exception?)null)),
            string.Join("\n", archive.Select(r => $"{r.Level} {r.Category}: {r.Message}")));
        Assert.That(archive.Select(r => r.Category), Is.SupersetOf(new[]
        {
            typeof(ArchiveMigrator).FullName, typeof(ArchiveMenuStore).FullName, typeof(MenuArchive).FullName,
        }));
        Assert.That(archive.Select(r => r.Message), Has.Some.StartsWith("Could not archive the menu of frary 2025-12-01, it is served, not kept: "));
    }

    private static async Task RefreshAsync(HttpClient client, string date)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v2/admin/halls/frary/menus/{date}/refresh");
        request.Headers.Add("X-Api-Key", AdminKey);
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync()).GetProperty("is_stale").GetBoolean(), Is.False);
    }
}
