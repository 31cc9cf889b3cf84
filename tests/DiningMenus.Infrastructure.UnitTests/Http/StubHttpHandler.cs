using System.Net;

namespace DiningMenus.Infrastructure.UnitTests.Http;

/// <summary>An HTTP handler that answers every request from a function and records what was asked.</summary>
internal sealed class StubHttpHandler(Func<HttpRequestMessage, (HttpStatusCode Status, string Body)> respond) : HttpMessageHandler
{
    public StubHttpHandler(string body, HttpStatusCode status = HttpStatusCode.OK)
        : this(_ => (status, body))
    {
    }

    public List<(string Url, List<string> Headers)> Requests { get; } = [];

    public Uri? RequestedUrl { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestedUrl = request.RequestUri;
        Requests.Add((request.RequestUri!.OriginalString, [.. request.Headers.Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")]));
        var (status, body) = respond(request);
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) });
    }
}
