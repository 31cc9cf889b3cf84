using DiningMenus.Infrastructure.Http;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>Typed HttpClient for Pomona's Eatec feeds (resilience configured in DependencyInjection).</summary>
public sealed class EatecFeedClient(HttpClient http, UpstreamUrls urls)
{
    public Task<UpstreamBody> GetFeedAsync(string feedUrl, CancellationToken cancellationToken) =>
        http.GetTextAsync(urls.Resolve(feedUrl), request => request.Headers.Accept.ParseAdd("application/json, text/javascript, */*"), cancellationToken);

    /// <summary>The hall's dining page, which names the current feed URL (and publishes the hours).</summary>
    public Task<UpstreamBody> GetHallPageAsync(string pageUrl, CancellationToken cancellationToken) =>
        http.GetTextAsync(urls.Resolve(pageUrl), request => request.Headers.Accept.ParseAdd("text/html"), cancellationToken);
}
