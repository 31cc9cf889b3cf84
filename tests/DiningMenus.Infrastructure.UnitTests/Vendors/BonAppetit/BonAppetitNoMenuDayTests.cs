using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.BonAppetit;

/// <summary>
/// A day without a menu. The issue describes a real page of another campus for a day its cafe was closed: the site
/// frame, no daypart sections, no menu-data assignments at all. No such page is among the captures, so it is made
/// from a real one: the Falk (Penn) page of 2026-04-24 with its two daypart sections and its three Bamco scripts cut
/// out. What stays is the frame, ending in &lt;/html&gt;, with the cafe-info panel: "Currently Closed" (the capture was
/// taken after hours) and the services of the date, Lunch and Dinner. Such a page is "unpublished": the hall serves
/// that day, the menu is not out. With the services cut too, the page says closed and names no service: "closed".
/// </summary>
public sealed class BonAppetitNoMenuDayTests
{
    private static readonly DateOnly Friday = new(2026, 4, 24);

    private static string FalkWithoutMenu()
    {
        var html = Captures.ReadText("bonappetit-other-campuses/falk-kosher-2026-04-24.html");
        html = CafePageEdits.WithoutBamcoScripts(html, out var scripts);
        html = CafePageEdits.WithoutDaypartSections(html, out var sections);
        Assert.That((sections, scripts), Is.EqualTo((2, 3)), "Lunch and Dinner; menu data and the two dayparts' scripts");
        Assert.That(html, Does.Contain("Currently Closed"));
        Assert.That(html.TrimEnd(), Does.EndWith("</html>"));
        return html;
    }

    [Test]
    public void A_cafe_page_naming_its_services_but_holding_no_menu_is_unpublished()
    {
        var result = BonAppetitPageParser.Parse(FalkWithoutMenu(), "falk", Friday);

        Assert.That(result.Succeeded, Is.True, () => result.Failure!.ToString());
        Assert.That(result.Days.Single(), Is.EqualTo(DayMenu.Unpublished("falk", Friday)).Using<DayMenu>(SameDay));
    }

    [Test]
    public void A_cafe_page_that_says_closed_and_names_no_service_is_closed()
    {
        var result = BonAppetitPageParser.Parse(CafePageEdits.WithoutServiceHours(FalkWithoutMenu()), "falk", Friday);

        Assert.That(result.Days.Single().Status, Is.EqualTo(DayStatus.Closed));
    }

    [Test]
    public void Currently_closed_alone_does_not_close_a_day_with_a_menu()
    {
        // Every Penn capture says "Currently Closed" (taken after hours) and holds a full menu.
        var result = BonAppetitPageParser.Parse(Captures.ReadText("bonappetit-other-campuses/falk-kosher-2026-04-24.html"), "falk", Friday);

        Assert.That(result.Days.Single().Status, Is.EqualTo(DayStatus.Open));
    }

    [Test]
    public void A_truncated_page_without_a_menu_stays_a_failure()
    {
        var html = FalkWithoutMenu();

        var result = BonAppetitPageParser.Parse(html[..(html.Length * 2 / 3)], "falk", Friday);

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    [Test]
    public void A_page_without_the_cafe_frame_stays_a_failure()
    {
        // The frame's cafe-info panel is what tells a cafe page from an error page that also ends in </html>.
        var html = FalkWithoutMenu().Replace("site-panel--cafeinfo", "site-panel--other", StringComparison.Ordinal);

        var result = BonAppetitPageParser.Parse(html, "falk", Friday);

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    private static bool SameDay(DayMenu a, DayMenu b) => (a.HallId, a.Date, a.Status, a.Meals.Count) == (b.HallId, b.Date, b.Status, b.Meals.Count);
}
