using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// An alert's <c>webhook_url</c>, read once at the edge: an absolute https URL without user info or fragment, at
/// most <see cref="MaxLength"/> characters; plain http only when loopback targets are allowed (tests,
/// development), and then only to loopback. Where its host resolves is checked at creation and again at connect
/// time (<see cref="WebhookAddressRules"/>).
/// </summary>
public sealed record WebhookUrl
{
    public const int MaxLength = 2048;

    private WebhookUrl(Uri uri) => Uri = uri;

    public Uri Uri { get; }

    /// <summary>The host's literal address when the URL names one (<c>https://203.0.113.7/</c>), else null.</summary>
    public IPAddress? LiteralAddress => IPAddress.TryParse(Uri.IdnHost.Trim('[', ']'), out var address) ? address : null;

    public static bool TryParse(string? text, bool allowLoopback, [NotNullWhen(true)] out WebhookUrl? url, [NotNullWhen(false)] out string? problem)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "webhook_url is required: the https URL that receives the deliveries.";
            return false;
        }

        if (text.Length > MaxLength)
        {
            problem = $"webhook_url is {text.Length} characters long; at most {MaxLength} are allowed.";
            return false;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.HostNameType == UriHostNameType.Unknown || uri.Host.Length == 0)
        {
            problem = $"webhook_url '{text}' is not an absolute URL.";
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(allowLoopback && uri.Scheme == Uri.UriSchemeHttp))
        {
            problem = $"webhook_url must use https (got '{uri.Scheme}').";
            return false;
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            problem = "webhook_url must not carry user info or a fragment.";
            return false;
        }

        url = new WebhookUrl(uri);
        if (url.LiteralAddress is { } literal && !WebhookAddressRules.IsAllowed(literal, allowLoopback))
        {
            url = null;
            problem = $"webhook_url's address {literal} is not a public internet address.";
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && url.LiteralAddress is { } address && !WebhookAddressRules.IsLoopback(address))
        {
            url = null;
            problem = "webhook_url must use https; plain http is allowed only to loopback.";
            return false;
        }

        problem = null;
        return true;
    }

    public override string ToString() => Uri.AbsoluteUri;
}
