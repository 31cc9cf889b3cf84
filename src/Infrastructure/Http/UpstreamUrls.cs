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
}
