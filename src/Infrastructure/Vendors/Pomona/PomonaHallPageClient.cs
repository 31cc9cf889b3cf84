using DiningMenus.Infrastructure.Http;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>Typed HttpClient for Pomona's hall pages (www.pomona.edu/administration/dining/menus/&lt;hall&gt;).</summary>
public sealed class PomonaHallPageClient(HttpClient http, UpstreamUrls urls)
{
    public Task<UpstreamBody> GetHallPageAsync(string pageUrl, CancellationToken cancellationToken) =>
        http.GetTextAsync(urls.Resolve(pageUrl), request => request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, */*"), cancellationToken);
}
