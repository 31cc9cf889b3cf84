using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>Reads the feed URL a Pomona hall page names in <c>#dining-menu-from-json[data-dining-menu-json-url]</c>.</summary>
public static class EatecFeedDiscovery
{
    public static string? FeedUrlFrom(string hallPageHtml)
    {
        var document = new HtmlDocument();
        document.LoadHtml(hallPageHtml);
        var url = document.DocumentNode.SelectSingleNode("//*[@data-dining-menu-json-url]")
            ?.GetAttributeValue("data-dining-menu-json-url", string.Empty).Trim();
        return Uri.TryCreate(HtmlEntity.DeEntitize(url), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri.ToString()
            : null;
    }

    /// <summary>The feed URL with its host swapped, e.g. api.pomona.edu → portal.pomona.edu.</summary>
    public static string WithHost(string feedUrl, string host) =>
        new UriBuilder(feedUrl) { Host = host, Port = -1 }.Uri.ToString();
}
