using System.Net;
using System.Text.Json;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>
/// The tags filter on GET /api/v2/menus. Frary's dinner of 2025-12-01 in the capture: 25 items shown,
/// 12 flagged vegan, 16 vegan or vegetarian, 7 vegan and gluten free.
/// </summary>
public sealed class MenuDietTagsTests : CapturedUpstreamTests
{
    private const string Dinner = "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner";

    [TestCase("", 25)]
    [TestCase("&tags=", 25)]
    [TestCase("&tags=vegan", 12)]
    [TestCase("&tags=vegetarian", 16)]
    [TestCase("&tags=vegan,gluten-free", 7)]
    [TestCase("&tags=gluten-free,vegan", 7)]
    [TestCase("&tags=kosher-style", 0)]
    public async Task Only_items_carrying_every_tag_are_kept(string tags, int items)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(Dinner + tags);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var stations = (await response.ReadJsonAsync()).GetProperty("stations").EnumerateArray().ToList();
        Assert.That(stations.Sum(s => s.GetProperty("items").GetArrayLength()), Is.EqualTo(items));
        Assert.That(stations.Select(s => s.GetProperty("items").GetArrayLength()), Has.All.GreaterThan(0), "emptied stations are dropped");
    }

    [Test]
    public async Task Vegetarian_keeps_every_vegan_item()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var vegan = await client.GetAsync(Dinner + "&tags=vegan");
        using var vegetarian = await client.GetAsync(Dinner + "&tags=vegetarian");

        Assert.That(Names(await vegetarian.ReadJsonAsync()), Is.SupersetOf(Names(await vegan.ReadJsonAsync())));
        Assert.That(Upstream.TotalRequests, Is.EqualTo(1), "the filter runs on the cached day");
    }

    [TestCase("Vegan")]
    [TestCase("gluten free")]
    [TestCase("vegan;halal")]
    [TestCase("-vegan")]
    [TestCase("vegan,")]
    public async Task A_tag_that_is_not_a_lower_case_kebab_word_is_400(string tags)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(Dinner + "&tags=" + Uri.EscapeDataString(tags));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "Invalid tags");
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    private static List<string?> Names(JsonElement menu) =>
        [.. menu.GetProperty("stations").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("name").GetString())];
}
