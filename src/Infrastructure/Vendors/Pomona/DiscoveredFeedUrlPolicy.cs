namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>
/// Decides whether a feed URL named by a hall page may be fetched: https, default port, a host of
/// <see cref="PomonaOptions.AllowedFeedHosts"/>. Checked on the URL as the page names it, before any redirection
/// (<c>Upstream:RedirectBaseUrl</c>) rewrites it.
/// </summary>
public static class DiscoveredFeedUrlPolicy
{
    /// <summary>Null when <paramref name="url"/> may be fetched, else why not.</summary>
    public static string? Refusal(string url, IEnumerable<string> allowedHosts)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return $"'{url}' is not an absolute URL";
        }

        if (uri.Scheme != Uri.UriSchemeHttps || !uri.IsDefaultPort || uri.UserInfo.Length > 0)
        {
            return $"{uri.Scheme}://{uri.Authority} is not plain https on the default port";
        }

        return allowedHosts.Any(allowed => Matches(uri.IdnHost, allowed))
            ? null
            : $"{uri.IdnHost} is not in Pomona:AllowedFeedHosts";
    }

    /// <summary>"api.pomona.edu" matches itself; "*.pomona.edu" matches any host ending in ".pomona.edu".</summary>
    private static bool Matches(string host, string allowed)
    {
        var entry = allowed.Trim();
        return entry.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(entry[1..], StringComparison.OrdinalIgnoreCase) && host.Length > entry.Length - 1
            : host.Equals(entry, StringComparison.OrdinalIgnoreCase);
    }
}
