namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// Base of fixtures whose tests all ask one service in front of the fake upstream serving the real captures:
/// the service starts once per fixture, with the settings and clock <see cref="CreateFactory"/> gives it.
/// </summary>
public abstract class CapturedServiceTests : CapturedUpstreamTests
{
    protected MenusApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        Factory = CreateFactory(Upstream.BaseAddress);
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
    }

    /// <summary>The service of the fixture, its upstream redirected to <paramref name="upstream"/>.</summary>
    protected abstract MenusApiFactory CreateFactory(Uri upstream);
}
