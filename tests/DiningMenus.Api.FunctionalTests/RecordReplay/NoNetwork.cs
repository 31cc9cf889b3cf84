using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace DiningMenus.Api.FunctionalTests.RecordReplay;

/// <summary>
/// Stands in for the network under every vendor client: it counts what reaches it and answers nothing, so a test
/// can prove that replay never let a request through.
/// </summary>
internal sealed class NoNetwork : HttpMessageHandler
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Makes this the primary handler of every HttpClient of the service.</summary>
    public void Install(IServiceCollection services) =>
        services.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = this));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        throw new HttpRequestException($"the network was used for {request.RequestUri}");
    }
}
