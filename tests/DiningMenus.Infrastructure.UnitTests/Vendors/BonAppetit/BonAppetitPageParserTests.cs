using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.BonAppetit;

/// <summary>
/// Expected values were derived independently of the parser: the captures' <c>Bamco.menu_items</c> and
/// <c>Bamco.dayparts</c> JSON was read with python3 (json.JSONDecoder.raw_decode), and counts, tiers, tags and
/// calories were tallied from it; title casing was compared with the page's visible item titles. Counts are after
/// the station builder's rules, applied in the tally the same way: same-named items of one station counted once
/// (at their lowest tier), "missed name" entries left out.
/// </summary>
public sealed class BonAppetitPageParserTests
{
    private const string Collins = "bonappetit/collins_2026-02-07.html";
    private const string Malott = "bonappetit/malott_2026-02-07.html";
    private const string McConnell = "bonappetit/mcconnell_2026-02-07.html";

    private static readonly DateOnly Saturday = new(2026, 2, 7);

    private static DayMenu ParseDay(string fixture, string hallId)
    {
        var result = BonAppetitPageParser.Parse(Captures.ReadText(fixture), hallId, Saturday);
        Assert.That(result.Succeeded, Is.True, () => result.Failure?.ToString() ?? string.Empty);
        return result.DayFor(Saturday) ?? throw new AssertionException("no day 2026-02-07");
    }

    private static int[] TierCounts(Meal meal) =>
    [
        .. new[] { 1, 2, 3 }.Select(tier => meal.Stations.SelectMany(s => s.Items).Count(i => i.Tier == tier)),
    ];

    private static MenuItem ItemAt(Meal meal, string station, string name) =>
        meal.Stations.Single(s => s.Name == station).Items.Single(i => i.Name == name);

    [Test]
    public void Collins_has_brunch_and_dinner_with_their_times()
    {
        var day = ParseDay(Collins, "collins");

        Assert.That(day.HallId, Is.EqualTo("collins"));
        Assert.That(day.Status, Is.EqualTo(DayStatus.Open));
        Assert.That(day.Meals.Select(m => (m.Period, m.Label, m.Start, m.End)), Is.EqualTo(new[]
        {
            (MealPeriod.Brunch, "Brunch", (TimeOnly?)new TimeOnly(10, 30), (TimeOnly?)new TimeOnly(12, 30)),
            (MealPeriod.Dinner, "Dinner", new TimeOnly(16, 30), new TimeOnly(18, 30)),
        }));
    }

    [Test]
    public void Collins_keeps_every_tier_and_every_station()
    {
        var day = ParseDay(Collins, "collins");
        var brunch = day.FindMeal(MealPeriod.Brunch)!;
        var dinner = day.FindMeal(MealPeriod.Dinner)!;

        Assert.That(brunch.ItemCount, Is.EqualTo(205));
        Assert.That(TierCounts(brunch), Is.EqualTo(new[] { 19, 123, 63 }));
        Assert.That(brunch.Stations.Select(s => s.Name), Is.EqualTo(new[]
        {
            "breakfast @ home", "breakfast options", "breakfast grill", "breakfast bakery", "options", "grill", "salad bar",
            "deli bar", "chocolate chip cookies", "beverages", "smoothies", "cereal", "toppings & condiments", "ovens", "expo",
        }));
        Assert.That(brunch.Stations.Select(s => s.Items.Count), Is.EqualTo(new[] { 13, 4, 17, 11, 6, 3, 61, 42, 1, 10, 1, 23, 10, 2, 1 }));

        Assert.That(dinner.ItemCount, Is.EqualTo(293));
        Assert.That(TierCounts(dinner), Is.EqualTo(new[] { 26, 202, 65 }));
        Assert.That(dinner.Stations.Select(s => s.Name), Is.EqualTo(new[]
        {
            "@home", "simply oasis", "vegan- hummus & pita", "expo- mongolian", "expo- little italy", "ovens2", "grill", "salad bar",
            "deli bar", "chocolate chip cookies", "beverages", "cereal", "pasta-express", "toppings & condiments", "ovens",
            "plant forward", "sweets",
        }));
        var featuredTiers = dinner.Stations.SelectMany(s => s.Items).Where(i => i.Featured == true).Select(i => i.Tier).ToList();
        Assert.That(featuredTiers, Has.Count.EqualTo(26).And.All.EqualTo(1));
    }

    [Test]
    public void Collins_items_have_display_names_tags_calories_and_tiers()
    {
        var day = ParseDay(Collins, "collins");
        var brunch = day.FindMeal(MealPeriod.Brunch)!;

        var eggs = ItemAt(brunch, "breakfast @ home", "Cage Free Scrambled Eggs");
        Assert.That(eggs.Description, Is.EqualTo("canola oil, salt, pepper"));
        Assert.That(eggs.Tags, Is.EqualTo(new[] { "gluten-free", "vegetarian" }));
        Assert.That(eggs.Calories, Is.Null, "nutrition_details is {} and kcal is \"\"");
        Assert.That((eggs.Featured, eggs.Tier), Is.EqualTo(((bool?)true, (int?)1)));
        Assert.That(eggs.Allergens, Is.Empty);

        Assert.That(ItemAt(brunch, "breakfast @ home", "Tater Tots").Tags, Is.EqualTo(new[] { "gluten-free", "vegan" }), "vegan, not also vegetarian");
        Assert.That(ItemAt(brunch, "options", "The CarveCraft").Tags, Is.EqualTo(new[] { "gluten-free", "humane" }));

        // Tier "3" arrives as a string; calories from nutrition_details.calories.value.
        var tuna = ItemAt(brunch, "salad bar", "Tuna Canned");
        Assert.That(tuna.Tags, Is.EqualTo(new[] { "balanced", "gluten-free", "seafood-watch" }), "In Balance is the earlier service's balanced");
        Assert.That((tuna.Calories, tuna.Featured, tuna.Tier), Is.EqualTo(((int?)25, (bool?)false, (int?)3)));

        // No nutrition_details: calories from nutrition.kcal "0".
        var peppers = ItemAt(brunch, "deli bar", "Banana Pepper Rings");
        Assert.That((peppers.Calories, peppers.Tier), Is.EqualTo(((int?)0, (int?)2)));
        Assert.That(peppers.Tags, Is.EqualTo(new[] { "vegan" }));
    }

    [Test]
    public void Collins_descriptions_lose_br_and_pipes()
    {
        var day = ParseDay(Collins, "collins");
        var brunch = day.FindMeal(MealPeriod.Brunch)!;

        // Label "chicken tenders\nbiscuits + gravy"; description "maple syrup | … syrup |<br />contains flour + dairy".
        var tenders = ItemAt(brunch, "options", "Chicken Tenders Biscuits + Gravy");
        Assert.That(tenders.Description, Is.EqualTo("maple syrup, strawberry syrup, spicy buffalo syrup; contains flour + dairy"));
        Assert.That(tenders.Tags, Is.Empty, "cor_icon is []");

        Assert.That(ItemAt(brunch, "expo", "Acai Bowl").Description, Is.EqualTo(
            "strawberries, raspberries, blackberries, blueberries, bananas, mango, cinnamon roasted coconut, agave butter cinnamon oats; "
            + "drizzles, honey, condensed milk"));

        var grilled = ItemAt(day.FindMeal(MealPeriod.Dinner)!, "grill", "Grilled to Order");
        Assert.That(grilled.Description, Is.EqualTo(
            "grass fed beef patty, all beef hot dogs, grilled chicken breast; (plain chicken available upon request, no seasoning, no marinade)"));
        Assert.That(grilled.Tags, Is.EqualTo(new[] { "farm-to-fork" }));

        var descriptions = day.Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).Select(i => i.Description).OfType<string>().ToList();
        Assert.That(descriptions, Has.None.Contains("<br").And.None.Contains("|"));
    }

    [Test]
    public void Malott_has_overlapping_brunch_and_lunch_and_a_dinner()
    {
        var day = ParseDay(Malott, "malott");

        Assert.That(day.Meals.Select(m => (m.Period, m.Label, m.Start, m.End)), Is.EqualTo(new[]
        {
            (MealPeriod.Brunch, "Brunch", (TimeOnly?)new TimeOnly(10, 0), (TimeOnly?)new TimeOnly(13, 0)),
            (MealPeriod.Lunch, "Lunch", new TimeOnly(11, 0), new TimeOnly(14, 0)),
            (MealPeriod.Dinner, "Dinner", new TimeOnly(17, 0), new TimeOnly(19, 0)),
        }));
        Assert.That(day.Meals.Select(m => m.ItemCount), Is.EqualTo(new[] { 73, 153, 188 }), "two salad-bar pumpkin seeds are one");
        Assert.That(day.Meals.Select(TierCounts), Is.EqualTo(new[] { new[] { 16, 44, 13 }, new[] { 7, 66, 80 }, new[] { 32, 76, 80 } }));
        Assert.That(day.Meals[1].Stations.Select(s => s.Name), Is.EqualTo(new[]
        {
            "Breakfast Grill", "wood and stone", "global", "sides", "salad bar", "deli", "condiments", "beverages", "sweets",
        }));
        Assert.That(day.Meals[0].Stations.Select(s => s.Name).ToList(), Has.Count.EqualTo(12).And.Contains("hot breakfast cereal"));
    }

    [Test]
    public void Malott_options_become_part_of_the_description()
    {
        var day = ParseDay(Malott, "malott");
        var brunch = day.FindMeal(MealPeriod.Brunch)!;

        var waffles = ItemAt(brunch, "Lunch Grill", "Chicken & Waffles");
        Assert.That(waffles.Description, Is.EqualTo("Sides: syrup, whipped cream"));
        Assert.That((waffles.Featured, waffles.Tier), Is.EqualTo(((bool?)true, (int?)1)));

        var acai = ItemAt(brunch, "herbivore", "Acai Bar");
        Assert.That(acai.Description, Is.EqualTo("Sides: mango, pineapple, chia seeds, house made granola, shredded coconut"));
        Assert.That(acai.Tags, Is.EqualTo(new[] { "gluten-free", "vegan" }));

        Assert.That(ItemAt(brunch, "hot breakfast cereal", "Cream of Wheat").Tier, Is.EqualTo(3));
    }

    [Test]
    public void Malott_items_carry_organic_humane_and_string_tiers()
    {
        var day = ParseDay(Malott, "malott");

        var birria = ItemAt(day.FindMeal(MealPeriod.Dinner)!, "global", "Beef Birria");
        Assert.That(birria.Tags, Is.EqualTo(new[] { "gluten-free", "humane" }));
        Assert.That((birria.Calories, birria.Featured, birria.Tier), Is.EqualTo(((int?)800, (bool?)false, (int?)2)));

        var lunch = day.FindMeal(MealPeriod.Lunch)!;
        Assert.That(ItemAt(lunch, "salad bar", "Mediterranean Tufu Salad").Tags, Is.EqualTo(new[] { "gluten-free", "organic", "vegan" }));
        var tea = ItemAt(lunch, "beverages", "Iced Tea Unsweetened");
        Assert.That((tea.Calories, tea.Description), Is.EqualTo(((int?)0, "groundwork coffee")));
    }

    [Test]
    public void McConnell_has_brunch_without_condiments_tier_and_dinner()
    {
        var day = ParseDay(McConnell, "mcconnell");

        Assert.That(day.Meals.Select(m => (m.Period, m.Label, m.Start, m.End)), Is.EqualTo(new[]
        {
            (MealPeriod.Brunch, "Brunch", (TimeOnly?)new TimeOnly(10, 30), (TimeOnly?)new TimeOnly(13, 30)),
            (MealPeriod.Dinner, "Dinner", new TimeOnly(17, 0), new TimeOnly(19, 30)),
        }));
        Assert.That(day.Meals.Select(m => m.ItemCount), Is.EqualTo(new[] { 161, 210 }));
        Assert.That(day.Meals.Select(TierCounts), Is.EqualTo(new[] { new[] { 38, 123, 0 }, new[] { 52, 120, 38 } }));
        Assert.That(day.Meals[1].Stations.Select(s => s.Name), Is.EqualTo(new[]
        {
            "global", "chef's table", "comfort", "grill", "herbivore", "stocks", "juice and smoothie bar", "sweets", "breakfast",
            "ovens", "chef's table: pasta bar", "build your own sandwich", "breads, bagels and spreads",
        }));

        var salmon = ItemAt(day.Meals[1], "grill", "Blacked Salmon");
        Assert.That(salmon.Tags, Is.EqualTo(new[] { "gluten-free", "halal", "seafood-watch" }));
        Assert.That(salmon.Featured, Is.True);
        // The station lists two "diet coke" items (ids 7389264 and 7711813, 0 kcal each): one dish for clients.
        var coke = ItemAt(day.Meals[1], "juice and smoothie bar", "Diet Coke");
        Assert.That((coke.Calories, coke.Featured, coke.Tier), Is.EqualTo(((int?)0, (bool?)false, (int?)3)));
        // "coca-cola" is listed at 260 and at 160 kcal (two sizes): merged, its calories are unknown rather than one of them.
        var cola = ItemAt(day.Meals[1], "juice and smoothie bar", "Coca-cola");
        Assert.That((cola.Calories, cola.Tier), Is.EqualTo(((int?)null, (int?)3)));
        Assert.That(cola.Tags, Is.EqualTo(new[] { "vegetarian" }), "the union of the listings' icons");
        Assert.That(ItemAt(day.Meals[0], "global", "Sauteed Zucchini and Corn").Tags, Is.EqualTo(new[] { "gluten-free", "vegan" }));
    }

    [Test]
    public void A_real_page_asked_for_another_date_is_a_wrong_date_failure()
    {
        var result = BonAppetitPageParser.Parse(Captures.ReadText(Collins), "collins", Saturday.AddDays(1));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Failure!.Kind, Is.EqualTo(SourceFailureKind.WrongDate));
        Assert.That(result.Failure.Reason, Does.Contain("2026-02-07"));
    }

    [Test]
    public void A_truncated_real_page_is_a_malformed_failure()
    {
        var html = Captures.ReadText(Collins);

        var result = BonAppetitPageParser.Parse(html[..(html.Length / 2)], "collins", Saturday);

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    [Test]
    public void A_real_page_with_broken_menu_items_json_is_a_malformed_failure()
    {
        var html = Captures.ReadText(Malott);
        var at = html.IndexOf("Bamco.menu_items = {", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0));
        var broken = string.Concat(html.AsSpan(0, at), "Bamco.menu_items = {\"1\": {\"label\" \"eggs\"}, ", html.AsSpan(at + "Bamco.menu_items = {".Length));

        var result = BonAppetitPageParser.Parse(broken, "malott", Saturday);

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>")]
    [TestCase("<html><body>Service Unavailable")]
    [TestCase("{\"menu_items\": {}}")]
    [TestCase("<html><script>Bamco.menu_items = {\"1\": {\"label\": \"eggs\" \"tier\": 1}};</script></html>")]
    [TestCase("<html><script>Bamco.menu_items = {\"1\": {\"label\": \"never closes}};</script></html>")]
    [TestCase("<html><script>Bamco.menu_items = [1, 2}; Bamco.dayparts['2'] = {]</script></html>")]
    public void Hostile_pages_are_malformed_failures(string html)
    {
        var result = BonAppetitPageParser.Parse(html, "collins", Saturday);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Failure!.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }

    [Test]
    public void Without_daypart_json_the_section_markup_is_read()
    {
        // The description holds an escaped quote, braces and a semicolon, which must not end the JSON early.
        const string Page = """
            <html><body>
            <script>Bamco.menu_items = {"11":{"id":"11","label":"cage free scrambled eggs","description":"say \"hi\" {not a brace}; end",
              "cor_icon":{"1":"Vegetarian"},"nutrition":{"kcal":"180"},"nutrition_details":[],"special":1,"tier":1},
              "12":{"id":"12","label":"hash browns","description":"","cor_icon":[],"ordered_cor_icon":{"0001-0004":{"id":"4","label":"Vegan"}},
              "nutrition":{"kcal":""},"special":0,"tier":"2"}};</script>
            <section class="panel site-panel site-panel--daypart" data-jump-nav-title="Brunch">
              <div class="l-container site-panel__daypart-container" data-end-date="2026-02-07" data-start-time="10:30" data-end-time="12:30" data-daypart-id="2">
                <h2 class="panel__title site-panel__daypart-panel-title">Brunch</h2>
                <h3 class="site-panel__daypart-station-title">breakfast @ home</h3>
                <div class="site-panel__daypart-item" data-id="11"><button class="h4 site-panel__daypart-item-title">Cage Free Scrambled Eggs</button></div>
                <h3 class="site-panel__daypart-station-title">grill &amp; griddle</h3>
                <div class="site-panel__daypart-item" data-id="12"><button class="h4 site-panel__daypart-item-title">Hash Browns</button></div>
                <div class="site-panel__daypart-item" data-id="99"><button class="h4 site-panel__daypart-item-title">Chicken & Waffles <span class="site-panel__daypart-item-cor-icons"><img alt="x"></span></button></div>
                <h3 class="site-panel__daypart-station-title">breakfast @ home</h3>
                <div class="site-panel__daypart-item" data-id="12"><button class="h4 site-panel__daypart-item-title">Hash Browns</button></div>
              </div>
            </section>
            <section class="panel site-panel site-panel--daypart">
              <div class="site-panel__daypart-container" data-end-date="2026-02-07" data-daypart-id="4">
                <h2 class="site-panel__daypart-panel-title">Dinner</h2>
              </div>
            </section>
            </body></html>
            """;

        var result = BonAppetitPageParser.Parse(Page, "collins", Saturday);

        Assert.That(result.Succeeded, Is.True, () => result.Failure?.ToString() ?? string.Empty);
        var day = result.Days.Single();
        Assert.That(day.Status, Is.EqualTo(DayStatus.Open));
        var brunch = day.Meals.Single(); // the empty dinner is dropped
        Assert.That((brunch.Period, brunch.Label, brunch.Start, brunch.End), Is.EqualTo((MealPeriod.Brunch, "Brunch", (TimeOnly?)new TimeOnly(10, 30), (TimeOnly?)new TimeOnly(12, 30))));
        Assert.That(brunch.Stations.Select(s => (s.Name, s.Items.Count)), Is.EqualTo(new[] { ("breakfast @ home", 2), ("grill & griddle", 2) }));

        var eggs = brunch.Stations[0].Items[0];
        Assert.That(eggs, Is.EqualTo(eggs with { Name = "Cage Free Scrambled Eggs", Description = "say \"hi\" {not a brace}; end", Calories = 180, Featured = true, Tier = 1 }));
        Assert.That(eggs.Tags, Is.EqualTo(new[] { "vegetarian" }));
        var hashBrowns = brunch.Stations[1].Items[0];
        Assert.That((hashBrowns.Name, hashBrowns.Featured, hashBrowns.Tier, hashBrowns.Calories), Is.EqualTo(("Hash Browns", (bool?)false, (int?)2, (int?)null)));
        Assert.That(hashBrowns.Tags, Is.EqualTo(new[] { "vegan" }), "from ordered_cor_icon when cor_icon is []");
        Assert.That(brunch.Stations[1].Items[1].Name, Is.EqualTo("Chicken & Waffles"), "unknown id: the visible title");
    }

    [Test]
    public void A_real_page_without_daypart_json_is_read_from_its_markup()
    {
        // Station headings repeat once per tier tab and merge, so stations come in tab order rather than JSON order;
        // the item counts match the JSON's. (Expected values: python3 walking h3 titles and item blocks.)
        var html = Captures.ReadText(Collins).Replace("Bamco.dayparts[", "Bamco.hidden_dayparts[", StringComparison.Ordinal);

        var day = BonAppetitPageParser.Parse(html, "collins", Saturday).DayFor(Saturday)!;

        var brunch = day.FindMeal(MealPeriod.Brunch)!;
        Assert.That((brunch.Label, brunch.Start, brunch.End), Is.EqualTo(("Brunch", (TimeOnly?)new TimeOnly(10, 30), (TimeOnly?)new TimeOnly(12, 30))));
        Assert.That(brunch.ItemCount, Is.EqualTo(205));
        Assert.That(TierCounts(brunch), Is.EqualTo(new[] { 19, 123, 63 }));
        Assert.That(brunch.Stations.Select(s => (s.Name, s.Items.Count)), Is.EqualTo(new[]
        {
            ("breakfast @ home", 13), ("options", 6), ("grill", 3), ("ovens", 2), ("expo", 1), ("breakfast options", 4), ("breakfast grill", 17),
            ("breakfast bakery", 11), ("deli bar", 42), ("chocolate chip cookies", 1), ("beverages", 10), ("cereal", 23),
            ("toppings & condiments", 10), ("salad bar", 61), ("smoothies", 1),
        }));
        Assert.That(day.Fidelity, Is.EqualTo(ReadFidelity.Full), "every block's data-id was found in Bamco.menu_items");
        var dinner = day.FindMeal(MealPeriod.Dinner)!;
        Assert.That(dinner.ItemCount, Is.EqualTo(293));
        Assert.That(TierCounts(dinner), Is.EqualTo(new[] { 26, 202, 65 }));
        Assert.That(ItemAt(dinner, "grill", "Grilled to Order").Tags, Is.EqualTo(new[] { "farm-to-fork" }));
    }

    [Test]
    public void Daypart_json_without_times_takes_the_section_times()
    {
        const string Page = """
            <html><body>
            <script>Bamco.menu_items = {"11":{"id":"11","label":"pho","station":"<strong>@noodles</strong>","tier":2,"special":0}};</script>
            <section class="site-panel site-panel--daypart">
              <div class="site-panel__daypart-container" data-end-date="2026-02-07" data-start-time="17:00" data-end-time="19:30" data-daypart-id="4">
                <h2 class="site-panel__daypart-panel-title">Dinner</h2>
              </div>
              <script>Bamco.dayparts['4'] = {"id":"4","label":"Dinner","stations":[{"id":"9","label":"","items":["11","404"]}]};</script>
            </section>
            </body></html>
            """;

        var day = BonAppetitPageParser.Parse(Page, "mcconnell", Saturday).Days.Single();

        var dinner = day.Meals.Single();
        Assert.That((dinner.Start, dinner.End), Is.EqualTo(((TimeOnly?)new TimeOnly(17, 0), (TimeOnly?)new TimeOnly(19, 30))));
        Assert.That(dinner.Stations.Single().Name, Is.EqualTo("noodles"), "a station without a label takes the item's station text");
        Assert.That(dinner.Stations.Single().Items.Select(i => i.Name), Is.EqualTo(new[] { "Pho" }), "ids missing from menu_items are skipped");
    }

    [Test]
    public void Sections_titled_closed_make_a_closed_day()
    {
        const string Page = """
            <html><body><script>Bamco.menu_items = [];</script>
            <section class="site-panel site-panel--daypart"><div class="site-panel__daypart-container" data-end-date="2026-02-07">
              <h2 class="site-panel__daypart-panel-title">Closed for Winter Break</h2></div></section>
            </body></html>
            """;

        var result = BonAppetitPageParser.Parse(Page, "collins", Saturday);

        Assert.That(result.Days.Single().Status, Is.EqualTo(DayStatus.Closed));
    }

    [Test]
    public void A_cafe_page_without_daypart_sections_is_unpublished()
    {
        const string Page = """<html><body><script>Bamco.menu_items_nonce = 'x'; Bamco.menu_items = [];</script><p>No menu</p></body></html>""";

        var result = BonAppetitPageParser.Parse(Page, "collins", Saturday);

        Assert.That(result.Days.Single().Status, Is.EqualTo(DayStatus.Unpublished));
    }

    [Test]
    public void Sections_for_the_date_without_items_are_unpublished()
    {
        const string Page = """
            <html><body><script>Bamco.menu_items = {};</script>
            <section class="site-panel site-panel--daypart"><div class="site-panel__daypart-container" data-end-date="2026-02-07" data-daypart-id="2">
              <h2 class="site-panel__daypart-panel-title">Brunch</h2></div>
              <script>Bamco.dayparts['2'] = {"label":"Brunch","stations":[]};</script></section>
            </body></html>
            """;

        var result = BonAppetitPageParser.Parse(Page, "collins", Saturday);

        Assert.That(result.Days.Single().Status, Is.EqualTo(DayStatus.Unpublished));
    }

    [Test]
    public void Sections_without_a_date_are_malformed()
    {
        const string Page = """
            <html><body><section class="site-panel site-panel--daypart"><div class="site-panel__daypart-container">
              <h2 class="site-panel__daypart-panel-title">Brunch</h2></div></section></body></html>
            """;

        Assert.That(BonAppetitPageParser.Parse(Page, "collins", Saturday).Failure?.Kind, Is.EqualTo(SourceFailureKind.Malformed));
    }
}
