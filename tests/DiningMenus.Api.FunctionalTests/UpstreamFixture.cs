using DiningMenus.FakeUpstream;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>Starts the fake upstream with the real captures (tests/captures and its routes.json).</summary>
internal static class UpstreamFixture
{
    public static async Task<FakeUpstreamServer> StartWithCapturesAsync() =>
        await FakeUpstreamServer.StartAsync(CaptureDirectory.Load(Captures.Directory));

    /// <summary>A fake upstream that knows no URL (every request is a 404), for tests that need no captures.</summary>
    public static Task<FakeUpstreamServer> StartEmptyAsync() =>
        FakeUpstreamServer.StartAsync(CaptureDirectory.Empty(Path.GetTempPath()));
}
