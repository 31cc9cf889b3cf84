using DiningMenus.FakeUpstream;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// Base of test fixtures that talk to the fake upstream serving the real captures: one server per fixture,
/// reset to faithful, undelayed, uncounted before every test.
/// </summary>
public abstract class CapturedUpstreamTests
{
    protected FakeUpstreamServer Upstream { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartUpstream() => Upstream = await UpstreamFixture.StartWithCapturesAsync();

    [OneTimeTearDown]
    public async Task StopUpstream()
    {
        if (Upstream is not null)
        {
            await Upstream.DisposeAsync();
        }
    }

    [SetUp]
    public void ResetUpstream()
    {
        Upstream.ResetCounts();
        Upstream.ReleaseHangs();
        Upstream.Fault = UpstreamFault.None;
        Upstream.Delay = TimeSpan.Zero;
    }
}
