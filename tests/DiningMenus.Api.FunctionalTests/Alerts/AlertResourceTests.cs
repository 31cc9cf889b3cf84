using System.Net;
using System.Net.Http.Json;
using DiningMenus.Api.FunctionalTests.Archive;
using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Api.FunctionalTests.Alerts;

/// <summary>The alert routes: creation and its 400s, the secret as bearer (404 for anything else), limits per client.</summary>
[TestFixture(ArchiveProviders.Sqlite)]
public sealed class AlertResourceTests(string provider) : AlertTestBase(provider)
{
    [Test]
    public async Task Creation_answers_201_with_a_whsec_secret_shown_once()
    {
        var service = StartAlertService();
        using var client = service.CreateClient();

        using var created = await client.PostAsJsonAsync("/api/v2/alerts", new
        {
            query = "Bulgogi", hall_ids = new[] { "frary", "FRANK" }, meals = new[] { "dinner" }, tags = new[] { "gluten-free" },
            webhook_url = Receiver.Url.ToString(),
        });

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var json = await created.ReadJsonAsync();
        var id = json.GetProperty("id").GetString()!;
        var secret = json.GetProperty("secret").GetString()!;
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/v2/alerts/{id}"));
        Assert.That(AlertSecret.TryParse(secret, out var parsed), Is.True, secret);
        Assert.That(parsed!.Key, Has.Length.EqualTo(32));
        var alert = json.GetProperty("alert");
        Assert.That(alert.GetProperty("hall_ids").EnumerateArray().Select(h => h.GetString()), Is.EqualTo(new[] { "frary", "frank" }));
        Assert.That(alert.GetProperty("meals").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "dinner" }));
        Assert.That(alert.GetProperty("tags").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "gluten-free" }));

        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/v2/alerts/{id}");
        get.Headers.Authorization = new("Bearer", secret);
        using var shown = await client.SendAsync(get);
        Assert.That(shown.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(shown.Headers.CacheControl?.NoStore, Is.True, "an answer for the secret's holder only");
        Assert.That(shown.Headers.ETag, Is.Null);
        var text = await shown.Content.ReadAsStringAsync();
        Assert.That(text, Does.Not.Contain("secret").And.Not.Contain(secret["whsec_".Length..]), "the secret is never shown again");
    }

    [Test]
    public async Task A_wrong_or_missing_secret_gets_404_as_an_unknown_alert_does()
    {
        var service = StartAlertService();
        using var client = service.CreateClient();
        var alert = await CreateAlertAsync(client, BulgogiAlert());
        var otherSecret = AlertSecret.Generate().Text;

        foreach (var (method, path) in new[] { (HttpMethod.Get, ""), (HttpMethod.Get, "/deliveries"), (HttpMethod.Delete, "") })
        {
            foreach (var authorization in new[] { $"Bearer {otherSecret}", null, "Bearer not-a-secret", $"Basic {alert.Secret}" })
            {
                using var request = new HttpRequestMessage(method, $"/api/v2/alerts/{alert.Id}{path}");
                if (authorization is not null)
                {
                    request.Headers.TryAddWithoutValidation("Authorization", authorization);
                }

                using var refused = await client.SendAsync(request);
                await refused.AssertProblemAsync(HttpStatusCode.NotFound, $"No alert '{alert.Id}' for the secret given");
            }
        }

        using var unknown = new HttpRequestMessage(HttpMethod.Get, "/api/v2/alerts/alr_00000000000000000000000000000000");
        unknown.Headers.Authorization = new("Bearer", alert.Secret);
        await (await client.SendAsync(unknown)).AssertProblemAsync(HttpStatusCode.NotFound, "No alert 'alr_00000000000000000000000000000000' for the secret given");

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v2/alerts/{alert.Id}");
        delete.Headers.Authorization = new("Bearer", alert.Secret);
        using var deleted = await client.SendAsync(delete);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var gone = new HttpRequestMessage(HttpMethod.Get, $"/api/v2/alerts/{alert.Id}");
        gone.Headers.Authorization = new("Bearer", alert.Secret);
        await (await client.SendAsync(gone)).AssertProblemAsync(HttpStatusCode.NotFound, "No alert");
    }

    [TestCase("http://169.254.169.254/latest/meta-data/", "https")]
    [TestCase("https://169.254.169.254/", "not a public internet address")]
    [TestCase("https://127.0.0.1/", "not a public internet address")]
    [TestCase("https://[::1]/", "not a public internet address")]
    [TestCase("https://[::ffff:127.0.0.1]/", "not a public internet address")]
    [TestCase("https://[::ffff:a9fe:a9fe]/", "not a public internet address")]
    [TestCase("https://10.1.2.3/hook", "not a public internet address")]
    [TestCase("https://192.168.1.1/hook", "not a public internet address")]
    [TestCase("https://100.64.0.1/hook", "not a public internet address")]
    [TestCase("https://0.0.0.0/hook", "not a public internet address")]
    [TestCase("https://localhost/hook", "resolves to")]
    [TestCase("ftp://example.com/hook", "https")]
    public async Task Without_the_test_flag_unsafe_webhook_targets_are_refused_with_400(string url, string detail)
    {
        var service = StartService();
        using var client = service.CreateClient();

        using var refused = await client.PostAsJsonAsync("/api/v2/alerts", new { query = "bulgogi", webhook_url = url });

        await refused.AssertProblemAsync(HttpStatusCode.BadRequest, detail);
        var problem = await refused.ReadJsonAsync();
        Assert.That(problem.GetProperty("errors").TryGetProperty("webhook_url", out _), Is.True);
    }

    [Test]
    public async Task With_the_test_flag_plain_http_is_still_refused_to_anything_but_loopback()
    {
        var service = StartAlertService();
        using var client = service.CreateClient();

        using var refused = await client.PostAsJsonAsync("/api/v2/alerts", new { query = "bulgogi", webhook_url = "http://10.0.0.1/hook" });

        await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "not a public internet address");
    }

    [Test]
    public async Task Every_bad_field_is_named_in_one_400()
    {
        var service = StartAlertService();
        using var client = service.CreateClient();

        using var refused = await client.PostAsJsonAsync("/api/v2/alerts", new
        {
            query = "  ", hall_ids = new[] { "nowhere" }, meals = new[] { "tea" }, tags = new[] { "Vegan" }, webhook_url = "not a url",
        });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await refused.ReadJsonAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "query", "hall_ids", "meals", "tags", "webhook_url" }));
        Assert.That(errors.GetProperty("hall_ids")[0].GetString(), Does.Contain("Unknown hall_id: nowhere"));
        Assert.That(errors.GetProperty("meals")[0].GetString(), Does.Contain("Unknown meal 'tea'"));

        using var noBody = await client.PostAsync("/api/v2/alerts", new StringContent("", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(noBody.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var wrongShape = await client.PostAsync("/api/v2/alerts", new StringContent("{\"query\":\"bulgogi\",\"hall_ids\":\"frary\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(wrongShape.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(wrongShape.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task A_client_holds_at_most_MaxPerClient_alerts()
    {
        var service = StartAlertService(new Dictionary<string, string?> { ["Alerts:MaxPerClient"] = "2" });
        using var client = service.CreateClient();
        var first = await CreateAlertAsync(client, BulgogiAlert());
        await CreateAlertAsync(client, BulgogiAlert());

        using var third = await client.PostAsJsonAsync("/api/v2/alerts", BulgogiAlert());
        await third.AssertProblemAsync(HttpStatusCode.Conflict, "already has 2 alerts");

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v2/alerts/{first.Id}");
        delete.Headers.Authorization = new("Bearer", first.Secret);
        Assert.That((await client.SendAsync(delete)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await CreateAlertAsync(client, BulgogiAlert());
    }

    [Test]
    public async Task Creation_is_rate_limited_per_client()
    {
        var service = StartAlertService(new Dictionary<string, string?> { ["Alerts:CreationPermitLimit"] = "2" });
        using var client = service.CreateClient();
        await CreateAlertAsync(client, BulgogiAlert());
        await CreateAlertAsync(client, BulgogiAlert());

        using var limited = await client.PostAsJsonAsync("/api/v2/alerts", BulgogiAlert());

        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "Rate limit");
        Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
        using var reads = await client.GetAsync("/api/v2/halls");
        Assert.That(reads.StatusCode, Is.EqualTo(HttpStatusCode.OK), "other routes keep their own limit");
    }
}
