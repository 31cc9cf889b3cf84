using System.Net;
using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Http;

/// <summary>
/// What a replayed answer is keyed by: each action's <see cref="VariesByQueryAttribute"/> names every query parameter
/// it reads (checked over the real action descriptors), values are keyed by what they bind to, and anything else in
/// the query, or the host, shares the entry.
/// </summary>
public sealed class ReplayKeyTests : CapturedUpstreamTests
{
    private const string Menu = "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner";

    [Test]
    public async Task Every_query_parameter_of_a_replayed_action_is_in_its_vary_list_and_nothing_else_is()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<ControllerActionDescriptor>().ToList();
        var replayed = actions.Where(a => a.EndpointMetadata.OfType<VariesByQueryAttribute>().Any()).ToList();

        var problems = replayed.SelectMany(VaryListProblems).ToList();

        Assert.That(replayed.Select(a => a.ActionName), Is.SupersetOf(new[] { "GetMenu", "GetHalls", "GetDay", "GetRange", "GetOpenNow" }));
        Assert.That(problems, Is.Empty);
        Assert.That(actions.Where(a => IsGet(a) && !replayed.Contains(a) && !IsForOneCaller(a))
            .Select(a => $"{a.ControllerName}.{a.ActionName}"), Is.Empty, "every public GET is replayed, so it names what it varies by");
        Assert.That(replayed.Where(a => !IsGet(a) || IsForOneCaller(a)), Is.Empty,
            "operator answers, private answers (an alert read with its secret) and other methods are never replayed");
    }

    [Test]
    public void The_check_names_a_query_parameter_missing_from_the_list_and_a_name_that_is_no_parameter()
    {
        var action = new ControllerActionDescriptor
        {
            ControllerName = "Menus",
            ActionName = "GetMenu",
            Parameters =
            [
                new ParameterDescriptor { Name = "hall", ParameterType = typeof(string), BindingInfo = new BindingInfo { BinderModelName = "hall_id", BindingSource = BindingSource.Query } },
                new ParameterDescriptor { Name = "featured", ParameterType = typeof(bool), BindingInfo = new BindingInfo { BindingSource = BindingSource.Query } },
                new ParameterDescriptor { Name = "date", ParameterType = typeof(DateOnly), BindingInfo = new BindingInfo { BindingSource = BindingSource.Path } },
            ],
            EndpointMetadata = [new VariesByQueryAttribute("hall_id", "meal")],
        };

        Assert.That(VaryListProblems(action), Is.EqualTo(new[]
        {
            "Menus.GetMenu reads query parameter 'featured', missing from its [VariesByQuery]",
            "Menus.GetMenu varies by 'meal', which is none of its query parameters",
        }));
    }

    [Test]
    public async Task Spellings_that_bind_alike_unknown_parameters_and_other_hosts_share_one_answer()
    {
        await using var factory = ReplayingFactory();
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(Menu + "&tags=vegan,gluten-free");

        var sharing = new[]
        {
            "/api/v2/menus?HALL_ID=FRARY&date=2025-12-01&meal=Dinner&tags=gluten-free,vegan,vegan",
            "/api/v2/menus?hall_id=%20frary&date=2025-12-01&meal=DINNER&tags=vegan, gluten-free&utm_source=x",
            "/api/v2/menus?meal=dinner&date=2025-12-01&hall_id=frary&tags=vegan,gluten-free&tags=halal",
        };
        foreach (var url in sharing)
        {
            using var replayed = await client.GetAsync(url);
            Assert.That(replayed.Headers.Age, Is.Not.Null, url);
            Assert.That(replayed.Headers.ETag, Is.EqualTo(first.Headers.ETag), url);
        }

        using var otherHost = new HttpRequestMessage(HttpMethod.Get, Menu + "&tags=vegan,gluten-free");
        otherHost.Headers.Host = "attacker.example";
        using var fromOtherHost = await client.SendAsync(otherHost);
        Assert.That(fromOtherHost.Headers.Age, Is.Not.Null, "the host is not part of the key");
    }

    [TestCase(Menu + "&tags=vegan", Menu + "&tags=vegetarian")]
    [TestCase(Menu, "/api/v2/menus?hall_id=frary&date=2025-12-02&meal=dinner")]
    [TestCase(Menu, "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=lunch")]
    [TestCase("/api/v2/halls/frary/menus?from=2025-12-01&to=2025-12-02", "/api/v2/halls/frary/menus?from=2025-12-01&to=2025-12-03")]
    [TestCase("/api/v2/open-now?at=2025-12-01T12:30", "/api/v2/open-now?at=2025-12-01T12:31")]
    public async Task A_value_the_action_reads_differently_is_another_answer(string first, string second)
    {
        await using var factory = ReplayingFactory();
        using var client = factory.CreateClient();
        (await client.GetAsync(first)).Dispose();

        using var other = await client.GetAsync(second);

        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(other.Headers.Age, Is.Null);
    }

    [TestCase(Menu + "&tags=Vegan", HttpStatusCode.BadRequest)]
    [TestCase(Menu + "&tags=vegan,,vegan", HttpStatusCode.BadRequest)]
    [TestCase("/api/v2/menus?hall_id=frary&date=2025-12-1&meal=dinner&tags=vegan", HttpStatusCode.BadRequest)]
    [TestCase("/api/v2/menus?hall_id=frary-&date=2025-12-01&meal=dinner&tags=vegan", HttpStatusCode.NotFound)]
    public async Task A_value_that_does_not_bind_never_gets_the_answer_of_one_that_does(string url, HttpStatusCode status)
    {
        await using var factory = ReplayingFactory();
        using var client = factory.CreateClient();
        (await client.GetAsync(Menu + "&tags=vegan")).Dispose();

        using var response = await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public async Task A_flood_of_made_up_tags_stays_within_the_size_limit_keys_included()
    {
        await using var factory = ReplayingFactory(new() { ["OutputCache:SizeLimitMegabytes"] = "1" });
        using var client = factory.CreateClient();
        var store = (BoundedOutputCacheStore)factory.Services.GetRequiredService<IOutputCacheStore>();
        var random = new Random(11);

        long largest = 0;
        for (var i = 0; i < 1500; i++)
        {
            // Well-formed words no item carries: each is a 200 with no stations, and a key of its own.
            var tags = string.Join(',', Enumerable.Range(0, 3).Select(_ => Word(random)));
            using var response = await client.GetAsync($"{Menu}&tags={tags}&x{i}={Word(random)}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            largest = Math.Max(largest, store.Size);
        }

        Assert.That(largest, Is.LessThanOrEqualTo(1024 * 1024));
        Assert.That(largest, Is.GreaterThan(1024 * 1024 / 2), "the flood did fill the store");
    }

    private static string Word(Random random) =>
        new([.. Enumerable.Range(0, 12).Select(_ => (char)('a' + random.Next(26)))]);

    private MenusApiFactory ReplayingFactory(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["OutputCache:Seconds"] = "300" };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return MenusApiFactory.Create(Upstream.BaseAddress, settings);
    }

    private static bool IsForOneCaller(ControllerActionDescriptor action) =>
        action.EndpointMetadata.OfType<AdminApiKeyAttribute>().Any() || action.EndpointMetadata.OfType<PrivateAnswerAttribute>().Any();

    private static bool IsGet(ActionDescriptor action) =>
        action.EndpointMetadata.OfType<IActionHttpMethodProvider>().Any(m => m.HttpMethods.Contains(HttpMethods.Get));

    private static IEnumerable<string> VaryListProblems(ControllerActionDescriptor action)
    {
        var name = $"{action.ControllerName}.{action.ActionName}";
        var varies = action.EndpointMetadata.OfType<VariesByQueryAttribute>().Single();

        var query = action.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Query)
            .Select(p => p.BindingInfo?.BinderModelName ?? p.Name)
            .ToList();
        foreach (var parameter in query.Where(q => !varies.Names.Contains(q, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"{name} reads query parameter '{parameter}', missing from its [VariesByQuery]";
        }

        foreach (var extra in varies.Names.Where(v => !query.Contains(v, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"{name} varies by '{extra}', which is none of its query parameters";
        }
    }
}
