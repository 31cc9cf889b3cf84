using System.Net;
using System.Text.Json;

namespace DiningMenus.Api.FunctionalTests.Archive;

/// <summary>
/// GET /api/v2/search and /api/v2/dishes over an archive filled through the real pipeline with Frary's captured
/// week, on a real SQLite file and a real PostgreSQL. They read the archive only: the fake upstream counts.
/// </summary>
[TestFixture(ArchiveProviders.Sqlite)]
[TestFixture(ArchiveProviders.Postgres)]
public sealed class SearchEndpointsTests(string provider) : ArchiveTestBase(provider)
{
    private const string Week = "from=2025-12-01&to=2025-12-07";

    private MenusApiFactory _service = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task ArchiveFrarysWeek()
    {
        _service = StartService();
        _client = _service.CreateClient();
        using var dinner = await _client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");
        Assert.That(dinner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Upstream.ResetCounts();
    }

    [TearDown]
    public async Task StopService()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [TestCase("bulgogi")]
    [TestCase("bulgogy")]
    [TestCase("BULGOGI")]
    [TestCase("Bulgógi")]
    [TestCase("spicy pork bulgogi")]
    [TestCase("pork bulg")]
    public async Task Search_finds_Frarys_spicy_pork_bulgogi_on_1_December_at_dinner(string q)
    {
        using var response = await _client.GetAsync($"/api/v2/search?q={Uri.EscapeDataString(q)}&{Week}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        Assert.That((body.GetProperty("q").GetString(), body.GetProperty("from").GetString(), body.GetProperty("to").GetString()),
            Is.EqualTo((q, "2025-12-01", "2025-12-07")));
        var hit = body.GetProperty("results").EnumerateArray().First();
        Assert.Multiple(() =>
        {
            Assert.That(hit.GetProperty("date").GetString(), Is.EqualTo("2025-12-01"));
            Assert.That(hit.GetProperty("hall_id").GetString(), Is.EqualTo("frary"));
            Assert.That(hit.GetProperty("hall_name").GetString(), Is.EqualTo("Frary"));
            Assert.That(hit.GetProperty("meal").GetString(), Is.EqualTo("dinner"));
            Assert.That(hit.GetProperty("station").GetString(), Is.EqualTo("Mainline"));
            Assert.That(hit.GetProperty("name").GetString(), Is.EqualTo("Spicy Pork Bulgogi"));
            Assert.That(hit.GetProperty("tags").ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(hit.GetProperty("score").GetDouble(), Is.GreaterThan(0).And.LessThanOrEqualTo(1));
        });
    }

    [Test]
    public async Task The_exact_name_scores_above_a_typo_and_results_run_by_score_then_date()
    {
        var exact = await FirstScoreAsync("spicy pork bulgogi");
        var typo = await FirstScoreAsync("spicy pork bulgogy");
        using var response = await _client.GetAsync($"/api/v2/search?q=eggs&{Week}");
        var results = (await response.ReadJsonAsync()).GetProperty("results").EnumerateArray()
            .Select(r => (Score: r.GetProperty("score").GetDouble(), Date: r.GetProperty("date").GetString()!))
            .ToList();

        Assert.That(exact, Is.EqualTo(1.0));
        Assert.That(typo, Is.LessThan(exact).And.GreaterThan(0.5));
        Assert.That(results, Has.Count.GreaterThan(7), "eggs are served every day");
        Assert.That(results.Zip(results.Skip(1)).All(p => p.First.Score > p.Second.Score
            || (p.First.Score == p.Second.Score && string.CompareOrdinal(p.First.Date, p.Second.Date) <= 0)), Is.True);
    }

    [Test]
    public async Task Filters_narrow_the_results()
    {
        Assert.That(await CountAsync($"q=bulgogi&{Week}&hall_id=frary&meal=dinner"), Is.EqualTo(1));
        Assert.That(await CountAsync($"q=bulgogi&{Week}&hall_id=frank"), Is.Zero);
        Assert.That(await CountAsync($"q=bulgogi&{Week}&meal=lunch"), Is.Zero);
        Assert.That(await CountAsync($"q=bulgogi&{Week}&tags=vegan"), Is.Zero);
        Assert.That(await CountAsync("q=bulgogi&from=2025-12-02&to=2025-12-07"), Is.Zero);
        Assert.That(await CountAsync("q=scrambled%20whole%20eggs&from=2025-12-02&to=2025-12-03&meal=breakfast"), Is.EqualTo(2));
    }

    [Test]
    public async Task The_tags_filter_reads_tags_as_the_menu_routes_do_vegetarian_keeps_vegan_dishes()
    {
        // Eatec flags Beyond Breakfast Sausage vegan only: the item carries "vegan" and not "vegetarian".
        const string Sausage = "q=beyond%20breakfast%20sausage&from=2025-12-01&to=2025-12-01";
        using var vegetarian = await _client.GetAsync($"/api/v2/search?{Sausage}&tags=vegetarian");

        var hit = (await vegetarian.ReadJsonAsync()).GetProperty("results").EnumerateArray().Single();
        Assert.That(hit.GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "vegan" }));
        Assert.That(await CountAsync($"{Sausage}&tags=vegan"), Is.EqualTo(1));
        Assert.That(await CountAsync($"{Sausage}&tags=vegetarian,gluten-free"), Is.Zero);
    }

    [Test]
    public async Task Without_dates_the_search_covers_today_and_the_six_days_after_it()
    {
        using var today = await _client.GetAsync("/api/v2/search?q=bulgogi");
        _service.Clock.Advance(TimeSpan.FromDays(1));
        using var tomorrow = await _client.GetAsync("/api/v2/search?q=bulgogi");

        var body = await today.ReadJsonAsync();
        Assert.That((body.GetProperty("from").GetString(), body.GetProperty("to").GetString()), Is.EqualTo(("2025-12-01", "2025-12-07")));
        Assert.That(body.GetProperty("results").GetArrayLength(), Is.EqualTo(1));
        var next = await tomorrow.ReadJsonAsync();
        Assert.That((next.GetProperty("from").GetString(), next.GetProperty("to").GetString()), Is.EqualTo(("2025-12-02", "2025-12-08")));
        Assert.That(next.GetProperty("results").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Searches_never_reach_upstream()
    {
        string[] urls =
        [
            $"/api/v2/search?q=bulgogi&{Week}",
            "/api/v2/search?q=pizza&from=2026-02-01&to=2026-02-28",
            $"/api/v2/search?q=burrito&{Week}&hall_id=collins",
            "/api/v2/search?q=bulgogi",
            "/api/v2/dishes?q=bulgogi",
            "/api/v2/dishes?q=tacos",
        ];

        foreach (var url in urls)
        {
            using var response = await _client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        }

        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task Dishes_tell_when_bulgogi_was_last_served_and_is_next_served_relative_to_the_clock()
    {
        _service.Clock.Set(new DateTimeOffset(2025, 11, 30, 20, 0, 0, TimeSpan.Zero));
        var before = await DishAsync("bulgogi");
        _service.Clock.Set(new DateTimeOffset(2025, 12, 1, 20, 0, 0, TimeSpan.Zero));
        var sameDay = await DishAsync("bulgogi");
        _service.Clock.Set(new DateTimeOffset(2025, 12, 3, 20, 0, 0, TimeSpan.Zero));
        var after = await DishAsync("bulgogy");

        Assert.That(before.GetProperty("name").GetString(), Is.EqualTo("Spicy Pork Bulgogi"));
        Assert.That(Serving(before, "last_served"), Is.Null);
        Assert.That(Serving(before, "next_served"), Is.EqualTo(("2025-12-01", "frary", "dinner")));
        Assert.That(Serving(sameDay, "next_served"), Is.EqualTo(("2025-12-01", "frary", "dinner")), "today's dinner, whose end the feed does not give, is still to come");
        Assert.That(Serving(after, "last_served"), Is.EqualTo(("2025-12-01", "frary", "dinner")));
        Assert.That(Serving(after, "next_served"), Is.Null);
    }

    [Test]
    public async Task Dishes_give_the_last_serving_before_today_and_the_first_after_it()
    {
        // Beyond Breakfast Sausage is at every Frary breakfast of the week but Wednesday 3 December's.
        _service.Clock.Set(new DateTimeOffset(2025, 12, 3, 20, 0, 0, TimeSpan.Zero));

        var sausage = await DishAsync("beyond breakfast sausage");

        Assert.That(Serving(sausage, "last_served"), Is.EqualTo(("2025-12-02", "frary", "breakfast")));
        Assert.That(Serving(sausage, "next_served"), Is.EqualTo(("2025-12-04", "frary", "breakfast")));
    }

    [TestCase("/api/v2/search", "q is required")]
    [TestCase("/api/v2/search?q=", "q is required")]
    [TestCase("/api/v2/search?q=%20%20", "q is required")]
    [TestCase("/api/v2/search?q=%21%21", "letter or a digit")]
    [TestCase("/api/v2/search?q=bulgogi&from=2025-12-01&to=2026-01-01", "32 days")]
    [TestCase("/api/v2/search?q=bulgogi&from=2025-12-07&to=2025-12-01", "must not be before")]
    [TestCase("/api/v2/search?q=bulgogi&from=12/01/2025", "Invalid date format")]
    [TestCase("/api/v2/search?q=bulgogi&to=", "Invalid date format")]
    [TestCase("/api/v2/search?q=bulgogi&meal=supper", "Unknown meal 'supper'")]
    [TestCase("/api/v2/search?q=bulgogi&tags=Vegan", "Invalid tags")]
    [TestCase("/api/v2/search?q=bulgogi&hall_id=", "hall_id is empty")]
    [TestCase("/api/v2/search?q=bulgogi&meal=", "meal is empty")]
    [TestCase("/api/v2/dishes", "q is required")]
    [TestCase("/api/v2/dishes?q=", "q is required")]
    public async Task Bad_searches_are_400_problem_details(string url, string detail)
    {
        using var response = await _client.GetAsync(url);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, detail);
    }

    [Test]
    public async Task A_q_of_100_characters_is_searched_and_one_of_101_is_refused()
    {
        using var longest = await _client.GetAsync($"/api/v2/search?q={new string('a', 100)}&{Week}");
        using var tooLong = await _client.GetAsync($"/api/v2/search?q={new string('a', 101)}&{Week}");
        using var dishes = await _client.GetAsync($"/api/v2/dishes?q={new string('a', 101)}");

        Assert.That(longest.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest, "at most 100");
        await dishes.AssertProblemAsync(HttpStatusCode.BadRequest, "at most 100");
    }

    [Test]
    public async Task An_unknown_hall_is_404()
    {
        using var response = await _client.GetAsync($"/api/v2/search?q=bulgogi&{Week}&hall_id=pitzer-grill");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "Unknown hall_id: pitzer-grill");
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task Every_unreadable_parameter_is_named_in_the_order_of_the_parameters()
    {
        using var response = await _client.GetAsync("/api/v2/search?tags=Vegan&meal=tea&to=next-week&q=");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "q is required");
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "q", "to", "meal", "tags" }));
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    [TestCase("/api/v2/search?q=&from=2025-12-01")]
    [TestCase("/api/v2/search?q=bulgogi&from=2025-12-07&to=2025-12-01")]
    [TestCase("/api/v2/dishes?q=%21")]
    public async Task No_error_may_be_kept_by_a_cache(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    private async Task<double> FirstScoreAsync(string q)
    {
        using var response = await _client.GetAsync($"/api/v2/search?q={Uri.EscapeDataString(q)}&{Week}");
        return (await response.ReadJsonAsync()).GetProperty("results")[0].GetProperty("score").GetDouble();
    }

    private async Task<int> CountAsync(string query)
    {
        using var response = await _client.GetAsync($"/api/v2/search?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), query);
        return (await response.ReadJsonAsync()).GetProperty("results").GetArrayLength();
    }

    private async Task<JsonElement> DishAsync(string q)
    {
        using var response = await _client.GetAsync($"/api/v2/dishes?q={Uri.EscapeDataString(q)}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        Assert.That(body.GetProperty("q").GetString(), Is.EqualTo(q));
        return body.GetProperty("dishes")[0];
    }

    private static (string?, string?, string?)? Serving(JsonElement dish, string property) =>
        dish.GetProperty(property) is { ValueKind: JsonValueKind.Object } serving
            ? (serving.GetProperty("date").GetString(), serving.GetProperty("hall_id").GetString(), serving.GetProperty("meal").GetString())
            : null;
}
