using System.Net;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.Sodexo;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Sodexo;

/// <summary>
/// No real BiteMenu capture is obtainable (see fixtures/README.md), so these pages are hand-written after the
/// structure UPSTREAM.md 4.3 documents: the JSON is HTML-escaped into the div's text, as the site serves it.
/// </summary>
public sealed class SodexoNutDataParserTests
{
    private static readonly DateOnly Saturday = new(2026, 2, 7);

    private const string DayPartsWeek = """
        [
          {"date": "2026-02-06T00:00:00", "dayParts": []},
          {"date": "2026-02-07T00:00:00", "dayParts": [
            {"dayPartName": "BRUNCH", "courses": [
              {"courseName": "EXHIBITION SCR", "menuItems": [
                {"formalName": "Mac &amp; Cheese", "description": "Chef's \"house\" jalapeño mac", "startTime": "2026-02-07T10:30:00",
                 "endTime": "2026-02-07T12:45:00", "isVegan": false, "isVegetarian": true, "isMindful": false, "isPlantBased": false,
                 "calories": "410", "allergens": [{"allergen": 1, "name": "Milk"}, {"allergen": 6, "name": "Wheat"}], "priceWithTax": 0.0},
                {"formalName": "Tofu Scramble", "description": null, "startTime": "2026-02-07T10:45:00", "endTime": "2026-02-07T13:00:00",
                 "isVegan": true, "isVegetarian": false, "isMindful": true, "isPlantBased": true, "calories": "", "allergens": []}
              ]},
              {"courseName": "  ", "menuItems": [{"formalName": "Hash Browns", "startTime": "2026-02-07T10:30:00", "endTime": "2026-02-07T12:45:00"}]},
              {"courseName": null, "menuItems": [{"formalName": "Ketchup"}]},
              {"courseName": "-", "menuItems": [{"formalName": "A &amp;amp; B"}]},
              {"courseName": "EXHIBITION", "menuItems": [{"formalName": "Salsa"}]}
            ]},
            {"dayPartName": "DINNER", "courses": [
              {"courseName": "GRILL SCR", "menuItems": [{"formalName": "Burger", "startTime": "2026-02-07T17:00:00", "endTime": "2026-02-07T19:00:00",
                "allergens": [{"name": "Sesame", "contains": "false"}, {"name": "Wheat", "contains": "true"}]}]}
            ]}
          ]}
        ]
        """;

    private const string FlatWeek = """
        [
          {"date": "2026-02-07T00:00:00", "currentMenu": true, "menuItems": [
            {"meal": "BRUNCH", "course": "BAKERY SCR", "formalName": "Plain Bagel", "startTime": "2026-02-07T10:30:00", "endTime": "2026-02-07T12:45:00",
             "isVegetarian": true, "isPlantBased": true, "calories": "290", "allergens": [{"name": "Wheat"}, {"name": "Gluten"}]},
            {"meal": "DINNER", "course": null, "formalName": "Pho", "startTime": "2026-02-07T17:00:00", "endTime": "2026-02-07T19:00:00"},
            {"meal": "BRUNCH", "course": "BAKERY", "formalName": "Muffin", "startTime": "2026-02-07T10:00:00", "endTime": "2026-02-07T12:00:00"}
          ]},
          {"date": "2026-02-08T00:00:00", "currentMenu": false, "menuItems": []}
        ]
        """;

    /// <summary>The MenuOnly page: HTML-escaped JSON inside the div, as the site writes it (WebUtility escapes &amp;, quotes, &lt;, é).</summary>
    private static string Page(string json) =>
        "<html><body><div class='menu'>Menu</div>\n<div id='nutData' data-schools='False' class='hide'>"
        + WebUtility.HtmlEncode(json) + "</div>\n<script>var x = 1 < 2;</script></body></html>";

    private static DayMenu Day(MenuReadResult result, DateOnly date)
    {
        Assert.That(result.Succeeded, Is.True, () => result.Failure?.ToString() ?? string.Empty);
        return result.DayFor(date) ?? throw new AssertionException($"no day {date}");
    }

    [Test]
    public void Day_parts_shape_yields_meals_stations_and_times()
    {
        var day = Day(SodexoNutDataParser.Parse(Page(DayPartsWeek), "hoch", Saturday), Saturday);

        Assert.That(day.Status, Is.EqualTo(DayStatus.Open));
        Assert.That(day.Meals.Select(m => (m.Period, m.Label)), Is.EqualTo(new[] { (MealPeriod.Brunch, "BRUNCH"), (MealPeriod.Dinner, "DINNER") }));
        var brunch = day.Meals[0];
        Assert.That((brunch.Start, brunch.End), Is.EqualTo((new TimeOnly(10, 30), new TimeOnly(13, 0))), "earliest start, latest end");
        Assert.That((day.Meals[1].Start, day.Meals[1].End), Is.EqualTo((new TimeOnly(17, 0), new TimeOnly(19, 0))));

        // " SCR" dropped, so EXHIBITION SCR and EXHIBITION merge; blank, null and "-" are Miscellaneous.
        Assert.That(brunch.Stations.Select(s => (s.Name, s.Items.Count)), Is.EqualTo(new[] { ("EXHIBITION", 3), ("Miscellaneous", 3) }));
        Assert.That(day.Meals[1].Stations.Single().Name, Is.EqualTo("GRILL"));
    }

    [Test]
    public void Entities_are_decoded_once_per_layer()
    {
        var brunch = Day(SodexoNutDataParser.Parse(Page(DayPartsWeek), "hoch", Saturday), Saturday).Meals[0];
        var items = brunch.Stations.SelectMany(s => s.Items).ToDictionary(i => i.Name);

        // The div holds "Mac &amp;amp; Cheese": its text is the JSON "Mac &amp; Cheese", whose value decodes to "&".
        var mac = items["Mac & Cheese"];
        Assert.That(mac.Description, Is.EqualTo("Chef's \"house\" jalapeño mac"));
        Assert.That(mac.Tags, Is.EqualTo(new[] { "vegetarian" }));
        Assert.That(mac.Calories, Is.EqualTo(410));
        Assert.That(mac.Allergens, Is.EqualTo(new[] { "milk", "wheat" }));
        Assert.That(items, Does.ContainKey("A &amp; B"), "a value escaped twice in the data keeps one level");

        var tofu = items["Tofu Scramble"];
        Assert.That(tofu.Tags, Is.EqualTo(new[] { "mindful", "plant-based", "vegan" }), "isVegetarian is false: the tags say what Sodexo says");
        Assert.That(tofu.Calories, Is.Null);
    }

    [Test]
    public void Allergens_marked_contains_false_are_left_out()
    {
        var burger = Day(SodexoNutDataParser.Parse(Page(DayPartsWeek), "hoch", Saturday), Saturday).Meals[1].Stations[0].Items.Single();

        Assert.That(burger.Allergens, Is.EqualTo(new[] { "wheat" }));
    }

    [Test]
    public void The_rest_of_the_week_is_returned_and_an_empty_day_is_unpublished()
    {
        var result = SodexoNutDataParser.Parse(Page(DayPartsWeek), "hoch", Saturday);

        Assert.That(result.Days.Select(d => (d.Date, d.Status)), Is.EqualTo(new[]
        {
            (new DateOnly(2026, 2, 6), DayStatus.Unpublished), (Saturday, DayStatus.Open),
        }));
    }

    [Test]
    public void A_date_outside_the_week_is_unpublished()
    {
        var monday = new DateOnly(2026, 2, 9);

        var day = Day(SodexoNutDataParser.Parse(Page(DayPartsWeek), "hoch", monday), monday);

        Assert.That(day.Status, Is.EqualTo(DayStatus.Unpublished));
        Assert.That(day.HallId, Is.EqualTo("hoch"));
    }

    [Test]
    public void Flat_shape_groups_items_by_meal_and_course()
    {
        var result = SodexoNutDataParser.Parse(Page(FlatWeek), "hoch", Saturday);
        var day = Day(result, Saturday);

        Assert.That(day.Meals.Select(m => m.Label), Is.EqualTo(new[] { "BRUNCH", "DINNER" }));
        var brunch = day.Meals[0];
        Assert.That(brunch.Stations.Select(s => (s.Name, s.Items.Count)), Is.EqualTo(new[] { ("BAKERY", 2) }));
        Assert.That((brunch.Start, brunch.End), Is.EqualTo((new TimeOnly(10, 0), new TimeOnly(12, 45))));
        var bagel = brunch.Stations[0].Items[0];
        Assert.That(bagel.Tags, Is.EqualTo(new[] { "plant-based", "vegetarian" }));
        Assert.That(bagel.Allergens, Is.EqualTo(new[] { "gluten", "wheat" }));
        Assert.That(day.Meals[1].Stations.Single().Name, Is.EqualTo("Miscellaneous"));
        Assert.That(Day(result, new DateOnly(2026, 2, 8)).Status, Is.EqualTo(DayStatus.Unpublished));
    }

    [Test]
    public void An_empty_week_is_unpublished()
    {
        var day = Day(SodexoNutDataParser.Parse(Page("[]"), "hoch", Saturday), Saturday);

        Assert.That(day.Status, Is.EqualTo(DayStatus.Unpublished));
    }

    [TestCase("")]
    [TestCase("<html><body>Server Error in '/' Application.</body></html>")]
    [TestCase("<html><body><div id='nutData' class='hide'></div></body></html>")]
    [TestCase("<html><body><div id='nutData' class='hide'>   </div></body></html>")]
    [TestCase("<html><body><div id='nutData' class='hide'>[{&quot;date&quot;: &quot;2026-02-07</div></body></html>")]
    [TestCase("<html><body><div id='nutData' class='hide'>{&quot;days&quot;: []}</div></body></html>")]
    [TestCase("<html><body><div id='nutData' class='hide'>not json at all</div></body></html>")]
    [TestCase("<div id='nutData'>[{\"date\": \"2026-02-07</div><div>")]
    public void Hostile_pages_are_malformed_failures(string html)
    {
        var result = SodexoNutDataParser.Parse(html, "hoch", Saturday);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Failure!.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    [Test]
    public void Odd_entries_are_skipped_not_thrown()
    {
        const string Json = """
            [1, "x", {"date": 20260207}, {"date": "soon"},
             {"date": "2026-02-07", "dayParts": [null, {"dayPartName": 5, "courses": {"courseName": "SOUP SCR", "menuItems": {"formalName": "Chili"}}}]}]
            """;

        var day = Day(SodexoNutDataParser.Parse(Page(Json), "hoch", Saturday), Saturday);

        var meal = day.Meals.Single();
        Assert.That((meal.Label, meal.Period), Is.EqualTo(("5", MealPeriod.Other)));
        Assert.That(meal.Stations.Single().Name, Is.EqualTo("SOUP"));
        Assert.That(meal.Stations[0].Items.Single().Name, Is.EqualTo("Chili"));
        Assert.That(meal.Start, Is.Null);
    }
}
