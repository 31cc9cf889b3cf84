using System.Net;
using DiningMenus.FakeUpstream;

namespace DiningMenus.Api.FunctionalTests.Http;

/// <summary>
/// <c>X-Content-Type-Options: nosniff</c>, and for a configured frontend the whole CORS expose list, on every kind of
/// answer: fresh and replayed 200s, 304s, HEAD, each error the service writes, and the rate limiter's 429.
/// </summary>
public sealed class EveryAnswerHeadersTests : CapturedUpstreamTests
{
    private const string Frontend = "https://menus.example.edu";
    private const string Menu = "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner";
    private static readonly string[] Exposed = ["ETag", "Retry-After", "Age", "X-Hours-Unknown"];

    public static IEnumerable<TestCaseData> Answers()
    {
        TestCaseData Case(string name, HttpStatusCode status, bool replays = true) => new TestCaseData(name, status, replays).SetArgDisplayNames(name);
        yield return Case("fresh 200", HttpStatusCode.OK);
        yield return Case("replayed 200", HttpStatusCode.OK);
        yield return Case("304", HttpStatusCode.NotModified, replays: false);
        yield return Case("replayed 304", HttpStatusCode.NotModified);
        yield return Case("HEAD", HttpStatusCode.OK);
        yield return Case("open-now", HttpStatusCode.OK);
        yield return Case("400 bad date", HttpStatusCode.BadRequest);
        yield return Case("404 unknown hall", HttpStatusCode.NotFound);
        yield return Case("404 unknown path", HttpStatusCode.NotFound);
        yield return Case("405", HttpStatusCode.MethodNotAllowed);
        yield return Case("429", HttpStatusCode.TooManyRequests);
        yield return Case("503", HttpStatusCode.ServiceUnavailable);
        yield return Case("swagger document", HttpStatusCode.OK);
        yield return Case("health", HttpStatusCode.OK);
    }

    [TestCaseSource(nameof(Answers))]
    public async Task Every_answer_says_nosniff_and_exposes_every_readable_header(string answer, HttpStatusCode status, bool replays)
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress, new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = Frontend,
            ["OutputCache:Seconds"] = replays ? "300" : "0",
            ["RateLimiting:Client:TokenLimit"] = "3",
            ["RateLimiting:Client:TokensPerPeriod"] = "1",
            ["RateLimiting:Client:ReplenishmentSeconds"] = "86400",
        });
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, answer);

        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { Frontend }));
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")).Split(',', StringSplitOptions.TrimEntries);
        Assert.That(exposed, Is.SupersetOf(Exposed));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string answer)
    {
        HttpRequestMessage Request(HttpMethod method, string url)
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.Add("Origin", Frontend);
            request.Headers.Add(TestPeerAddress.HeaderName, "198.51.100.7");
            return request;
        }

        async Task<HttpResponseMessage> Get(string url) => await client.SendAsync(Request(HttpMethod.Get, url));

        async Task<HttpResponseMessage> Conditional(string url)
        {
            using var first = await Get(url);
            var request = Request(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            return await client.SendAsync(request);
        }

        switch (answer)
        {
            case "fresh 200": return await Get(Menu);
            case "replayed 200": (await Get(Menu)).Dispose(); return await Get(Menu);
            case "304": return await Conditional("/api/v2/halls/frary/menus/2025-12-01"); // answered by MVC (nothing is replayed)
            case "replayed 304": (await Get(Menu)).Dispose(); return await Conditional(Menu);
            case "HEAD": return await client.SendAsync(Request(HttpMethod.Head, Menu));
            case "open-now": return await Get("/api/v2/open-now?at=2025-12-01T12:30");
            case "400 bad date": return await Get("/api/v2/menus?hall_id=frary&date=2025-13-01&meal=dinner");
            case "404 unknown hall": return await Get("/api/v2/menus?hall_id=<b>x</b>&date=2025-12-01&meal=dinner");
            case "404 unknown path": return await Get("/api/v2/nothing-here");
            case "405": return await client.SendAsync(Request(HttpMethod.Delete, "/api/v2/halls"));
            case "429":
                for (var i = 1; i <= 3; i++)
                {
                    (await Get($"/api/v2/halls/frary/menus/2025-12-0{i}")).Dispose();
                }

                return await Get("/api/v2/halls");
            case "503": Upstream.Fault = UpstreamFault.ServerError; return await Get("/api/v2/halls/frary/menus/2025-12-04");
            case "swagger document": return await Get("/swagger/v1/swagger.json");
            case "health": return await Get("/health/live");
            default: throw new ArgumentOutOfRangeException(nameof(answer), answer, "no such answer");
        }
    }
}
