using System.Net;
using DiningMenus.FakeUpstream;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>
/// A Bon Appétit page for a day without a menu (a break day): the real Collins page with its daypart sections and
/// its Bamco scripts cut out, served for 2026-02-08. The cafe-info panel still names the page's services, so the
/// day is unpublished, not an outage.
/// </summary>
public sealed class NoMenuDayTests : CapturedUpstreamTests
{
    private const string PagePath = "/collins-cmc.cafebonappetit.com/cafe/collins/2026-02-08/";

    private static readonly Dictionary<string, string?> WideWindow = new()
    {
        ["Menus:MaxDaysBack"] = "120",
        ["Menus:MaxDaysAhead"] = "120",
    };

    [OneTimeSetUp]
    public async Task ServeCollinsWithoutMenu()
    {
        var html = Captures.ReadText("bonappetit/collins_2026-02-07.html");
        html = CafePageEdits.WithoutBamcoScripts(html, out _);
        html = CafePageEdits.WithoutDaypartSections(html, out var sections);
        Assert.That(sections, Is.EqualTo(2));
        var path = Path.Combine(Path.GetTempPath(), $"diningmenus-tests-collins-no-menu-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, html);
        Upstream.AddCapture(new CapturedResponse { Url = "https:/" + PagePath, File = path, ContentType = "text/html; charset=UTF-8" });
    }

    [Test]
    public async Task The_day_is_unpublished_briefly_cached_and_the_meal_is_not_found()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, WideWindow);
        using var client = factory.CreateClient();

        using var day = await client.GetAsync("/api/v2/halls/collins/menus/2026-02-08");
        using var again = await client.GetAsync("/api/v2/halls/collins/menus/2026-02-08");
        using var meal = await client.GetAsync("/api/v2/menus?hall_id=collins&date=2026-02-08&meal=dinner");

        Assert.That(day.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await day.ReadJsonAsync();
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("unpublished"));
        Assert.That(body.GetProperty("meals").GetArrayLength(), Is.Zero);
        Assert.That(day.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(60)), "Cache:ShortTtlSeconds");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await meal.AssertProblemAsync(HttpStatusCode.NotFound, "No menu found");
        Assert.That(Upstream.RequestsTo(PagePath), Is.EqualTo(1), "the unpublished day is served from the cache meanwhile");
    }
}
