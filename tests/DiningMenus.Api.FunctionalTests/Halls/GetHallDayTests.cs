using System.Net;
using System.Text.Json;

namespace DiningMenus.Api.FunctionalTests.Halls;

/// <summary>
/// GET /api/v2/halls/{hall_id}/menus/{date} on the real Dec 2025 Eatec captures. Expected counts were read
/// from the captures (items shown on the website, per meal, with their dietaryChoice flags).
/// </summary>
public sealed class GetHallDayTests : CapturedServiceTests
{
    private const string FraryFeed = "/api.pomona.edu/eatec/Frary.json";

    protected override MenusApiFactory CreateFactory(Uri upstream) => MenusApiFactory.Create(upstream);

    [Test]
    public async Task Frank_on_friday_is_closed_with_no_meals()
    {
        using var response = await Client.GetAsync("/api/v2/halls/frank/menus/2025-12-05");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var day = await response.ReadJsonAsync();
        Assert.That(day.GetProperty("hall_id").GetString(), Is.EqualTo("frank"));
        Assert.That(day.GetProperty("hall_name").GetString(), Is.EqualTo("Frank"));
        Assert.That(day.GetProperty("date").GetString(), Is.EqualTo("2025-12-05"));
        Assert.That(day.GetProperty("status").GetString(), Is.EqualTo("closed"));
        Assert.That(day.GetProperty("meals").GetArrayLength(), Is.Zero);
        Assert.That(day.GetProperty("is_stale").GetBoolean(), Is.False);
        Assert.That(day.GetProperty("source").GetString(), Is.EqualTo("eatec-feed"));
    }

    [TestCase("/api/v2/halls/frary/menus/2025-12-06")]
    [TestCase("/api/v2/halls/frary/menus/2025-12-06/")]
    public async Task Frarys_saturday_is_brunch_then_dinner_with_every_item(string url)
    {
        using var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var day = await response.ReadJsonAsync();
        Assert.That(day.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(day.GetProperty("fetched_at").GetDateTimeOffset(), Is.EqualTo(MenusApiFactory.DefaultNow));
        var meals = day.GetProperty("meals").EnumerateArray().ToList();
        Assert.That(meals.Select(m => m.GetProperty("meal").GetString()), Is.EqualTo(new[] { "brunch", "dinner" }));
        Assert.That(meals.Select(m => m.GetProperty("meal_label").GetString()), Is.EqualTo(new[] { "Breakfast", "Dinner" }));
        Assert.That(meals.Select(ItemCount), Is.EqualTo(new[] { 39, 34 }));
        Assert.That(meals[0].GetProperty("start_time").ValueKind, Is.EqualTo(JsonValueKind.Null), "the Eatec feed gives no times");
    }

    [Test]
    public async Task Tags_vegan_keeps_only_vegan_items_and_drops_emptied_stations()
    {
        using var all = await Client.GetAsync("/api/v2/halls/frary/menus/2025-12-06");
        using var vegan = await Client.GetAsync("/api/v2/halls/frary/menus/2025-12-06?tags=vegan");

        Assert.That(vegan.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var meals = (await vegan.ReadJsonAsync()).GetProperty("meals").EnumerateArray().ToList();
        Assert.That(meals.Select(ItemCount), Is.EqualTo(new[] { 12, 16 }));
        Assert.That(meals.SelectMany(Items).Select(Tags), Has.All.Contain("vegan"));
        Assert.That(meals.SelectMany(m => m.GetProperty("stations").EnumerateArray()).Select(s => s.GetProperty("items").GetArrayLength()),
            Has.All.GreaterThan(0));
        var allStations = (await all.ReadJsonAsync()).GetProperty("meals").EnumerateArray().Sum(m => m.GetProperty("stations").GetArrayLength());
        Assert.That(meals.Sum(m => m.GetProperty("stations").GetArrayLength()), Is.LessThan(allStations));
    }

    [Test]
    public async Task Tags_vegetarian_includes_the_vegan_items()
    {
        using var vegan = await Client.GetAsync("/api/v2/halls/frary/menus/2025-12-06?tags=vegan");
        using var vegetarian = await Client.GetAsync("/api/v2/halls/frary/menus/2025-12-06?tags=vegetarian");

        var veganNames = (await vegan.ReadJsonAsync()).GetProperty("meals").EnumerateArray().SelectMany(Items).Select(Name).ToList();
        var vegetarianMeals = (await vegetarian.ReadJsonAsync()).GetProperty("meals").EnumerateArray().ToList();
        Assert.That(vegetarianMeals.Select(ItemCount), Is.EqualTo(new[] { 23, 22 }));
        Assert.That(vegetarianMeals.SelectMany(Items).Select(Name).ToList(), Is.SupersetOf(veganNames));
    }

    [Test]
    public async Task Several_tags_keep_items_carrying_all_of_them()
    {
        using var response = await Client.GetAsync("/api/v2/halls/frary/menus/2025-12-06?tags=vegan,gluten-free");

        var meals = (await response.ReadJsonAsync()).GetProperty("meals").EnumerateArray().ToList();
        Assert.That(meals.Select(ItemCount), Is.EqualTo(new[] { 6, 12 }));
        Assert.That(meals.SelectMany(Items).Select(Tags), Has.All.Contain("vegan").And.All.Contain("gluten-free"));
    }

    [Test]
    public async Task A_well_formed_tag_no_item_carries_matches_nothing()
    {
        using var response = await Client.GetAsync("/api/v2/halls/frary/menus/2025-12-06?tags=pescatarian");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var meals = (await response.ReadJsonAsync()).GetProperty("meals").EnumerateArray().ToList();
        Assert.That(meals.Select(m => m.GetProperty("meal").GetString()), Is.EqualTo(new[] { "brunch", "dinner" }), "the meals are still served");
        Assert.That(meals.Select(m => m.GetProperty("stations").GetArrayLength()), Is.All.Zero);
    }

    [Test]
    public async Task One_feed_download_serves_every_day_asked_for()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        foreach (var date in new[] { "2025-12-03", "2025-12-04", "2025-12-07" })
        {
            using var response = await client.GetAsync($"/api/v2/halls/frary/menus/{date}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), date);
        }

        Assert.That(Upstream.RequestsTo(FraryFeed), Is.EqualTo(1));
    }

    [TestCase("/api/v2/halls/nowhere/menus/2025-12-01", HttpStatusCode.NotFound, "Unknown hall_id: nowhere")]
    [TestCase("/api/v2/halls/frary/menus/12-01-2025", HttpStatusCode.BadRequest, "Invalid date format")]
    [TestCase("/api/v2/halls/frary/menus/2025-11-01", HttpStatusCode.BadRequest, "outside the served window")]
    [TestCase("/api/v2/halls/frary/menus/2025-12-01?tags=Vegan", HttpStatusCode.BadRequest, "Invalid tags 'Vegan'")]
    [TestCase("/api/v2/halls/frary/menus/2025-12-01?tags=gluten_free", HttpStatusCode.BadRequest, "Invalid tags")]
    [TestCase("/api/v2/halls/frary/menus/2025-12-01?tags=vegan,,halal", HttpStatusCode.BadRequest, "Invalid tags")]
    public async Task Bad_input_gets_a_problem_details_answer(string url, HttpStatusCode status, string detail)
    {
        using var response = await Client.GetAsync(url);

        await response.AssertProblemAsync(status, detail);
    }

    private static int ItemCount(JsonElement meal) => Items(meal).Count();

    private static IEnumerable<JsonElement> Items(JsonElement meal) =>
        meal.GetProperty("stations").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray());

    private static string? Name(JsonElement item) => item.GetProperty("name").GetString();

    private static List<string?> Tags(JsonElement item) => [.. item.GetProperty("tags").EnumerateArray().Select(t => t.GetString())];
}
