using DiningMenus.FakeUpstream;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>Starts the fake upstream with the real captures (routes from tools/FakeUpstream/fixtures.routes.json).</summary>
internal static class UpstreamFixture
{
    public static async Task<FakeUpstreamServer> StartWithCapturesAsync()
    {
        var fixtures = Captures.Directory;
        var repo = Captures.RepositoryRoot();
        var routes = FakeUpstreamServer.LoadRoutes(Path.Combine(repo, "tools", "FakeUpstream", "fixtures.routes.json"));
        return await FakeUpstreamServer.StartAsync(fixtures, routes);
    }

    /// <summary>A fake upstream that knows no URL (every request is a 404), for tests that need no captures.</summary>
    public static Task<FakeUpstreamServer> StartEmptyAsync() =>
        FakeUpstreamServer.StartAsync(Path.GetTempPath(), []);
}
