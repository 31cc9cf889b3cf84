using DiningMenus.FakeUpstream;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// Base of fixtures that need the service but no upstream data (error contract, configuration-only answers,
/// the Swagger document): one service per fixture in front of a fake upstream that knows no URL. Runs without
/// the captures.
/// </summary>
public abstract class ServiceWithoutCapturesTests
{
    protected FakeUpstreamServer Upstream { get; private set; } = null!;

    protected MenusApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        Upstream = await UpstreamFixture.StartEmptyAsync();
        Factory = MenusApiFactory.Create(Upstream.BaseAddress);
        Client = Factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        Client?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (Upstream is not null)
        {
            await Upstream.DisposeAsync();
        }
    }

    [SetUp]
    public void ResetUpstreamCounts() => Upstream.ResetCounts();
}
