using System.Net;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Api.FunctionalTests.Menus;

/// <summary>GET /api/v2/tags: the tag and allergen vocabularies with their display labels, cached like the hall list.</summary>
public sealed class GetTagsTests : ServiceWithoutCapturesTests
{
    [TestCase("/api/v2/tags")]
    [TestCase("/api/v2/tags/")]
    public async Task Both_vocabularies_are_listed_in_display_order_with_their_labels(string url)
    {
        using var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        Assert.That(body.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "tags", "allergens" }));
        var tags = body.GetProperty("tags").EnumerateArray().Select(t => $"{t.GetProperty("id").GetString()}|{t.GetProperty("label").GetString()}");
        var allergens = body.GetProperty("allergens").EnumerateArray().Select(t => $"{t.GetProperty("id").GetString()}|{t.GetProperty("label").GetString()}");
        Assert.That(tags, Is.EqualTo(DietaryTags.Vocabulary.Terms.Select(t => $"{t.Word}|{t.Label}")));
        Assert.That(allergens, Is.EqualTo(new[]
        {
            "egg|Egg", "milk|Milk", "soy|Soy", "sesame|Sesame", "peanut|Peanut", "tree-nut|Tree nut", "fish|Fish", "shellfish|Shellfish",
            "wheat|Wheat", "gluten|Gluten",
        }));
        Assert.That(tags.Take(8), Is.EqualTo(new[]
        {
            "vegan|Vegan", "vegetarian|Vegetarian", "gluten-free|Gluten-free", "balanced|Balanced", "farm-to-fork|Farm to Fork",
            "humane|Humane", "halal|Halal", "mindful|Mindful",
        }), "the earlier service's tags come first");
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task The_answer_is_cached_like_the_hall_list()
    {
        using var tags = await Client.GetAsync("/api/v2/tags");
        using var halls = await Client.GetAsync("/api/v2/halls");

        Assert.That(tags.Headers.CacheControl?.Public, Is.True);
        Assert.That(tags.Headers.CacheControl?.MaxAge, Is.EqualTo(halls.Headers.CacheControl?.MaxAge).And.EqualTo(TimeSpan.FromSeconds(1800)));
        Assert.That(tags.Headers.ETag, Is.Not.Null);
        Assert.That(tags.Headers.Vary, Does.Contain("Accept-Encoding"));
    }
}
