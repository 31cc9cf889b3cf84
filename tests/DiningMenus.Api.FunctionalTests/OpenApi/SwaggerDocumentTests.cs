using System.Net;
using System.Text.Json;

namespace DiningMenus.Api.FunctionalTests.OpenApi;

/// <summary>The Swagger document describes every endpoint with its parameters, answers and errors.</summary>
public sealed class SwaggerDocumentTests : ServiceWithoutCapturesTests
{
    private static readonly string[] MenuEndpoints =
    [
        "/api/v2/menus",
        "/api/v2/halls/{hall_id}/menus/{date}",
        "/api/v2/halls/{hall_id}/menus",
    ];

    private static readonly string[] SearchEndpoints = ["/api/v2/search", "/api/v2/dishes"];

    private JsonElement _document;

    [OneTimeSetUp]
    public async Task LoadDocument()
    {
        using var response = await Client.GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _document = await response.ReadJsonAsync();
    }

    private static readonly string[] AdminEndpoints =
    [
        "/api/v2/admin/halls/{hallId}/menus/{date}/refresh",
        "/api/v2/admin/halls/{hallId}/menus",
        "/api/v2/admin/sources",
    ];

    private static readonly string[] AlertEndpoints = ["/api/v2/alerts", "/api/v2/alerts/{id}", "/api/v2/alerts/{id}/deliveries"];

    /// <summary>The public, cacheable reads (admin and alert routes answer one caller, never cached).</summary>
    private IEnumerable<JsonProperty> PublicPaths =>
        _document.GetProperty("paths").EnumerateObject()
            .Where(p => !p.Name.StartsWith("/api/v2/admin/", StringComparison.Ordinal) && !AlertEndpoints.Contains(p.Name));

    [Test]
    public void Exactly_the_endpoints_are_described()
    {
        var paths = _document.GetProperty("paths").EnumerateObject().Select(p => p.Name);

        Assert.That(paths, Is.EquivalentTo(MenuEndpoints.Append("/api/v2/halls").Append("/api/v2/open-now").Append("/api/v2/tags").Concat(SearchEndpoints).Concat(AdminEndpoints).Concat(AlertEndpoints)));
    }

    [Test]
    public void Alert_endpoints_describe_their_body_secret_and_errors()
    {
        var create = _document.GetProperty("paths").GetProperty("/api/v2/alerts").GetProperty("post");
        Assert.That(create.GetProperty("description").GetString(), Does.Contain("Example"));
        var body = create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.That(body.ToString(), Does.Contain("CreateAlertRequest"));
        Assert.That(create.GetProperty("responses").EnumerateObject().Select(r => r.Name), Is.SupersetOf(new[] { "201", "400", "409", "429", "503" }));

        var scheme = _document.GetProperty("components").GetProperty("securitySchemes").GetProperty("AlertSecret");
        Assert.That((scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()), Is.EqualTo(("http", "bearer")));
        foreach (var (path, method) in new[] { ("/api/v2/alerts/{id}", "get"), ("/api/v2/alerts/{id}", "delete"), ("/api/v2/alerts/{id}/deliveries", "get") })
        {
            var operation = _document.GetProperty("paths").GetProperty(path).GetProperty(method);
            Assert.That(operation.GetProperty("summary").GetString(), Is.Not.Empty, path);
            Assert.That(operation.GetProperty("security").GetArrayLength(), Is.EqualTo(1), path);
            Assert.That(operation.GetProperty("responses").TryGetProperty("404", out _), Is.True, path);
        }
    }

    [Test]
    public void Admin_endpoints_declare_the_api_key_and_its_401()
    {
        var scheme = _document.GetProperty("components").GetProperty("securitySchemes").GetProperty("AdminApiKey");
        Assert.That((scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()), Is.EqualTo(("header", "X-Api-Key")));

        foreach (var path in AdminEndpoints)
        {
            foreach (var operation in _document.GetProperty("paths").GetProperty(path).EnumerateObject())
            {
                Assert.That(operation.Value.GetProperty("summary").GetString(), Is.Not.Empty, path);
                Assert.That(operation.Value.GetProperty("security").GetArrayLength(), Is.EqualTo(1), path);
                var unauthorized = operation.Value.GetProperty("responses").GetProperty("401").GetProperty("content");
                Assert.That(unauthorized.TryGetProperty("application/problem+json", out _), Is.True, path);
            }
        }
    }

    [Test]
    public void Every_public_endpoint_has_a_summary_an_example_and_documented_answers()
    {
        foreach (var path in PublicPaths)
        {
            var get = path.Value.GetProperty("get");
            Assert.That(get.GetProperty("summary").GetString(), Is.Not.Empty, path.Name);
            Assert.That(get.GetProperty("description").GetString(), Does.Contain("Example"), path.Name);
            var responses = get.GetProperty("responses");
            Assert.That(responses.GetProperty("200").GetProperty("description").GetString(), Is.Not.Empty, path.Name);
            Assert.That(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _), Is.True, path.Name);
            Assert.That(responses.TryGetProperty("304", out _), Is.True, path.Name);
        }
    }

    [TestCaseSource(nameof(MenuEndpoints))]
    public void Menu_endpoints_describe_their_problem_details_errors(string path)
    {
        var responses = _document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");

        foreach (var status in new[] { "400", "404", "503" })
        {
            Assert.That(responses.TryGetProperty(status, out var error), Is.True, $"{path} {status}");
            Assert.That(error.GetProperty("description").GetString(), Is.Not.Empty, $"{path} {status}");
            var schema = error.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
            Assert.That(schema.GetProperty("$ref").GetString(), Does.EndWith("/ProblemDetails"), $"{path} {status}");
        }
    }

    [TestCaseSource(nameof(MenuEndpoints))]
    public void Menu_endpoint_parameters_are_described_with_an_example(string path)
    {
        var parameters = _document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();

        Assert.That(parameters.Select(p => p.GetProperty("name").GetString()),
            Does.Contain("hall_id").And.Contain("tags").And.Contain("featured").And.Contain("allergens").And.Contain("exclude"));
        foreach (var parameter in parameters)
        {
            var name = parameter.GetProperty("name").GetString();
            Assert.That(parameter.GetProperty("description").GetString(), Is.Not.Empty, $"{path} {name}");
            Assert.That(parameter.TryGetProperty("example", out _), Is.True, $"{path} {name}");
        }
    }

    [TestCaseSource(nameof(SearchEndpoints))]
    public void Search_endpoints_describe_q_with_an_example_and_their_problem_details_errors(string path)
    {
        var get = _document.GetProperty("paths").GetProperty(path).GetProperty("get");
        var q = get.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "q");

        Assert.That(q.GetProperty("description").GetString(), Is.Not.Empty);
        Assert.That(q.TryGetProperty("example", out _), Is.True);
        foreach (var status in new[] { "400", "503" })
        {
            var schema = get.GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
            Assert.That(schema.GetProperty("$ref").GetString(), Does.EndWith("/ProblemDetails"), $"{path} {status}");
        }
    }

    [Test]
    public void Search_parameters_are_plain_strings_in_declared_order_each_with_an_example()
    {
        var parameters = _document.GetProperty("paths").GetProperty("/api/v2/search").GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();

        Assert.That(parameters.Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "q", "from", "to", "hall_id", "meal", "tags" }));
        foreach (var parameter in parameters)
        {
            var name = parameter.GetProperty("name").GetString();
            var schema = parameter.GetProperty("schema");
            Assert.That((schema.GetProperty("type").GetString(), schema.TryGetProperty("format", out _)), Is.EqualTo(("string", false)), name);
            Assert.That(parameter.GetProperty("description").GetString(), Is.Not.Empty, name);
            Assert.That(parameter.TryGetProperty("example", out _), Is.True, name);
        }
    }

    [TestCaseSource(nameof(MenuEndpoints))]
    public void Menu_endpoints_describe_the_filters_as_the_client_sends_them(string path)
    {
        var parameters = _document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!);

        foreach (var name in new[] { "tags", "featured", "allergens", "exclude" })
        {
            Assert.That(parameters[name].GetProperty("in").GetString(), Is.EqualTo("query"), $"{path} {name}");
            Assert.That(parameters[name].TryGetProperty("required", out var required) && required.GetBoolean(), Is.False, $"{path} {name} is optional");
        }

        Assert.That(parameters["featured"].GetProperty("schema").GetProperty("type").GetString(), Is.EqualTo("boolean"));
        Assert.That(parameters["allergens"].GetProperty("schema").GetProperty("type").GetString(), Is.EqualTo("string"));
        Assert.That(parameters["exclude"].GetProperty("description").GetString(), Does.Contain("tree-nut").And.Contain("400"));
    }

    [Test]
    public void Response_schemas_carry_the_application_dto_docs()
    {
        var schemas = _document.GetProperty("components").GetProperty("schemas");

        foreach (var (schema, property) in new[]
        {
            ("HallResponse", "vendor_type"), ("HallDayResponse", "status"), ("HallMenusResponse", "days"),
            ("MealResponse", "meal_label"), ("MenuResponse", "is_stale"), ("MenuItemResponse", "tags"),
            ("VocabularyResponse", "allergens"), ("VocabularyTermResponse", "label"),
            ("SearchResultResponse", "score"), ("DishResponse", "score"),
        })
        {
            var described = schemas.GetProperty(schema).GetProperty("properties").GetProperty(property);
            Assert.That(described.GetProperty("description").GetString(), Is.Not.Empty, $"{schema}.{property}");
        }
    }
}
