using System.Globalization;
using DiningMenus.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>Typed HttpClient for the three Sodexo endpoints (resilience configured in DependencyInjection).</summary>
public sealed class SodexoClient(HttpClient http, UpstreamUrls urls, IOptions<SodexoOptions> options)
{
    public Task<UpstreamBody> GetMenuAsync(string locationId, string menuId, DateOnly date, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        return http.GetTextAsync(
            urls.Resolve(MenuApiUrl(settings, locationId, menuId, date)),
            request =>
            {
                request.Headers.Add("API-Key", settings.ApiKey);
                request.Headers.Accept.ParseAdd("application/json");
            },
            cancellationToken);
    }

    public Task<UpstreamBody> GetLocationPageAsync(string pageUrl, CancellationToken cancellationToken) =>
        http.GetTextAsync(urls.Resolve(pageUrl), AcceptHtml, cancellationToken);

    public Task<UpstreamBody> GetBiteMenuAsync(string locationId, string menuId, DateOnly date, CancellationToken cancellationToken) =>
        http.GetTextAsync(urls.Resolve(BiteMenuUrl(options.Value, locationId, menuId, date)), AcceptHtml, cancellationToken);

    internal static string MenuApiUrl(SodexoOptions settings, string locationId, string menuId, DateOnly date) =>
        $"{settings.ApiBaseUrl.TrimEnd('/')}/{Uri.EscapeDataString(locationId)}/{Uri.EscapeDataString(menuId)}"
        + $"?date={date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The page covers the week (Sunday–Saturday) holding <c>startdate</c>, written MM/dd/yyyy.</summary>
    internal static string BiteMenuUrl(SodexoOptions settings, string locationId, string menuId, DateOnly date) =>
        $"{settings.BiteMenuUrl}?menuId={Uri.EscapeDataString(menuId)}&locationId={Uri.EscapeDataString(locationId)}"
        + $"&startdate={date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)}";

    private static void AcceptHtml(HttpRequestMessage request) =>
        request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, */*");
}
