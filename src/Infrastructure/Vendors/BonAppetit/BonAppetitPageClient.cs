using DiningMenus.Infrastructure.Http;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>Typed HttpClient for Bon Appétit cafe pages (resilience configured in DependencyInjection).</summary>
public sealed class BonAppetitPageClient(HttpClient http, UpstreamUrls urls)
{
    public Task<UpstreamBody> GetPageAsync(string pageUrl, CancellationToken cancellationToken) =>
        http.GetTextAsync(urls.Resolve(pageUrl), request => request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, */*"), cancellationToken);
}
