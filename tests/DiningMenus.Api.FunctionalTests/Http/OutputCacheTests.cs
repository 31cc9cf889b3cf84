using System.Net;

namespace DiningMenus.Api.FunctionalTests.Http;

/// <summary>Finished public answers are replayed from memory for OutputCache:Seconds; admin invalidation evicts them.</summary>
public sealed class OutputCacheTests : CapturedUpstreamTests
{
    private const string Key = "output-cache-test-key";
    private const string Menu = "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner";

    private MenusApiFactory Factory() => MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?>
    {
        ["OutputCache:Seconds"] = "300",
        ["Admin:ApiKey"] = Key,
    });

    [Test]
    public async Task A_repeated_answer_is_replayed_with_its_etag_and_an_age()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(Menu);
        using var second = await client.GetAsync(Menu);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, Menu);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);

        Assert.That(first.Headers.Age, Is.Null, "the first answer ran the pipeline");
        Assert.That(second.Headers.Age, Is.Not.Null, "the second was replayed");
        Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(second.Headers.ETag, Is.EqualTo(first.Headers.ETag));
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task Different_queries_and_errors_are_not_replayed_for_each_other()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();

        using var all = await client.GetAsync(Menu);
        using var vegan = await client.GetAsync(Menu + "&tags=vegan");
        using var bad = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=tea");
        using var badAgain = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=tea");

        Assert.That(await vegan.Content.ReadAsStringAsync(), Is.Not.EqualTo(await all.Content.ReadAsStringAsync()));
        Assert.That(vegan.Headers.Age, Is.Null);
        Assert.That(badAgain.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(badAgain.Headers.Age, Is.Null, "errors are never kept");
    }

    [Test]
    public async Task Admin_invalidation_evicts_the_halls_replayed_answers()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        (await client.GetAsync(Menu)).Dispose();
        (await client.GetAsync(Menu)).Dispose();
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frary.json"), Is.EqualTo(1));

        using var invalidate = new HttpRequestMessage(HttpMethod.Delete, "/api/v2/admin/halls/frary/menus");
        invalidate.Headers.Add("X-Api-Key", Key);
        (await client.SendAsync(invalidate)).Dispose();
        using var after = await client.GetAsync(Menu);

        Assert.That(after.Headers.Age, Is.Null);
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frary.json"), Is.EqualTo(2));
    }
}
