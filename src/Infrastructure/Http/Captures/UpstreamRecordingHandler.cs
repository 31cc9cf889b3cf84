namespace DiningMenus.Infrastructure.Http.Captures;

/// <summary>
/// The outermost handler of every vendor client while <c>Upstream:RecordDirectory</c> is set: it saves the response
/// the service receives (after retries, under the vendor URL even when redirected) before passing it on. Outside
/// the resilience handler, writing the file never counts against an attempt's timeout.
/// </summary>
public sealed class UpstreamRecordingHandler(CaptureRecorder recorder, UpstreamUrls urls, long maxResponseBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            // Buffered once here, with the client's own limit; the client then reads the same buffer.
            await response.Content.LoadIntoBufferAsync(maxResponseBytes, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var url = urls.Original(request.RequestUri ?? throw new InvalidOperationException("A request without a URL"));
            await recorder.RecordAsync(url, response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
