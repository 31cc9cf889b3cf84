using System.Text.Json;
using DiningMenus.Application.Common.Models;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Sodexo;

/// <summary>
/// The capture stores each page's state as JSON (a scraper's wrapper); the tests put <c>days[0].preloadedState</c>
/// back into a page. Its localDateTime, read with python3, is 2025-11-15T05:39:43 and its menus region's sections
/// equal the sections excerpt.
/// </summary>
public sealed class SodexoPreloadedStateParserTests
{
    private const string Capture = "sodexo/hoch_preloaded-state-capture_2025-11-15.json";

    /// <summary>A location page as the site serves it, around the state JSON of the capture's first day.</summary>
    internal static string HochLocationPage()
    {
        using var capture = JsonDocument.Parse(Captures.ReadText(Capture));
        var state = capture.RootElement.GetProperty("days")[0].GetProperty("preloadedState").GetRawText();
        return Page(state);
    }

    internal static string Page(string stateJson) => $$"""
        <!DOCTYPE html><html><head><title>Hoch-Shanahan Dining Commons</title>
        <script>window.__ENV__ = {"x": "y"};</script></head>
        <body><div id="root"></div>
        <script>window.__PRELOADED_STATE__ = {{stateJson}};
        window.__LOADABLE__ = {};</script></body></html>
        """;

    [Test]
    public void Hoch_page_yields_the_same_menu_as_the_excerpt_dated_by_the_utc_clock()
    {
        var result = SodexoPreloadedStateParser.Parse(HochLocationPage(), "hoch");

        var day = SodexoMenuSectionsParserTests.OpenDay(result);
        SodexoMenuSectionsParserTests.AssertHochSaturday(day);
        Assert.That(day.Meals.Sum(m => m.ItemCount), Is.EqualTo(97));
    }

    [Test]
    public void Only_the_page_date_is_answered()
    {
        var result = SodexoPreloadedStateParser.Parse(HochLocationPage(), "hoch");

        Assert.That(result.DayFor(new DateOnly(2025, 11, 15)), Is.Not.Null);
        Assert.That(result.DayFor(new DateOnly(2025, 11, 14)), Is.Null, "Friday Pacific, but the page shows Saturday");
        Assert.That(result.DayFor(new DateOnly(2025, 11, 16)), Is.Null);
    }

    [TestCase("2025-11-15T05:39:43", 2025, 11, 15)]
    [TestCase("2025-11-15T23:59:59Z", 2025, 11, 15)]
    [TestCase("2025-11-14T21:39:43-08:00", 2025, 11, 15)]
    public void The_page_date_is_the_utc_calendar_date(string clock, int year, int month, int day)
    {
        var state = $$$$"""
            {"composition": {"context": {"content": {"localDateTime": "{{{{clock}}}}"}},
              "subject": {"regions": [{"id": "menus", "fragments": [{"content": {"main": {"sections": []}}}]}]}}}
            """;

        var result = SodexoPreloadedStateParser.Parse(Page(state), "hoch");

        Assert.That(result.Succeeded, Is.True, () => result.Failure?.ToString() ?? string.Empty);
        Assert.That(result.Days.Single().Date, Is.EqualTo(new DateOnly(year, month, day)));
        Assert.That(result.Days.Single().Status, Is.EqualTo(Domain.Menus.DayStatus.Unpublished), "empty sections");
    }

    [TestCase("")]
    [TestCase("<html><body>Service Unavailable</body></html>")]
    [TestCase("<script>window.__PRELOADED_STATE__ = {\"composition\": {\"context\": </script>")]
    [TestCase("<script>window.__PRELOADED_STATE__ = {\"composition\": {}};</script>")]
    [TestCase("<script>window.__PRELOADED_STATE__ = {\"composition\": {\"context\": {\"content\": {\"localDateTime\": \"2025-11-15T05:39:43\"}}}};</script>")]
    [TestCase("<script>window.__PRELOADED_STATE__ = {\"composition\": {\"context\": {\"content\": {\"localDateTime\": \"soon\"}}}};</script>")]
    [TestCase("<script>window.__PRELOADED_STATE__ = {a: 1};</script>")]
    public void Hostile_pages_are_malformed_failures(string html)
    {
        var result = SodexoPreloadedStateParser.Parse(html, "hoch");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Failure!.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    [Test]
    public void A_truncated_real_page_is_a_malformed_failure()
    {
        var page = HochLocationPage();

        var result = SodexoPreloadedStateParser.Parse(page[..(page.Length / 2)], "hoch");

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }
}
