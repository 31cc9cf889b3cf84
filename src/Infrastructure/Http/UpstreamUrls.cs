using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Http;

/// <summary>
/// Builds every upstream request URL. With <see cref="UpstreamOptions.RedirectBaseUrl"/> set,
/// https://api.pomona.edu/eatec/Frary.json becomes {base}/api.pomona.edu/eatec/Frary.json (query kept).
/// </summary>
public sealed class UpstreamUrls(IOptions<UpstreamOptions> options)
{
    public Uri Resolve(string absoluteUrl)
    {
        var original = new Uri(absoluteUrl, UriKind.Absolute);
        var redirect = options.Value.RedirectBaseUrl;
        if (string.IsNullOrWhiteSpace(redirect))
        {
            return original;
        }

        var host = original.IsDefaultPort ? original.Host : $"{original.Host}:{original.Port}";
        return new Uri($"{redirect.TrimEnd('/')}/{host}{original.PathAndQuery}", UriKind.Absolute);
    }

    /// <summary>
    /// The vendor URL a request URL stands for: <see cref="Resolve"/> undone (the vendors all use https, which the
    /// redirect does not keep), or the URL itself when it was not redirected. Record and replay key on it.
    /// </summary>
    public Uri Original(Uri requested)
    {
        var redirect = options.Value.RedirectBaseUrl;
        if (string.IsNullOrWhiteSpace(redirect))
        {
            return requested;
        }

        var prefix = redirect.TrimEnd('/') + "/";
        var text = requested.AbsoluteUri;
        return text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? new Uri("https://" + text[prefix.Length..], UriKind.Absolute)
            : requested;
    }
}
