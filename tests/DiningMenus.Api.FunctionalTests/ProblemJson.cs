using System.Net;
using System.Text.Json;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>Reads a response as JSON and checks problem-details responses.</summary>
internal static class ProblemJson
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>GETs a path that must answer 200 (else the test fails, showing the body) and reads its JSON.</summary>
    public static async Task<JsonElement> GetOkJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static async Task AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.ReadJsonAsync();
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(detailContains));
    }
}
