using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DiningMenus.Infrastructure.Http.Captures;

/// <summary>
/// The innermost handler of every vendor client while <c>Upstream:ReplayDirectory</c> is set: it answers each
/// request from the capture folder and never passes it on, so nothing reaches the network. A URL the folder does
/// not hold is a 404, which the vendor client reports as its usual typed failure. Being inside the resilience and
/// telemetry handlers, a replayed answer is retried, broken and measured like a real one.
/// </summary>
public sealed class UpstreamReplayHandler(CaptureDirectory captures, UpstreamUrls urls) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var url = urls.Original(request.RequestUri ?? throw new InvalidOperationException("A request without a URL"));
        if (!captures.TryFind(url, out var entry, out var body))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                RequestMessage = request,
                Content = new StringContent($"{url} is not in the replay directory {captures.Root}", Encoding.UTF8, "text/plain"),
            });
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(entry.ContentType, out var type) ? type : null;
        return Task.FromResult(new HttpResponseMessage((HttpStatusCode)entry.Status) { RequestMessage = request, Content = content });
    }
}
