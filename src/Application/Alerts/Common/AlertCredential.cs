namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// The bearer secret a request presents for an alert (<c>Authorization: Bearer whsec_…</c>), read at the edge.
/// <see cref="Secret"/> is null when the header is missing or is not a <c>whsec_</c> secret: such a request is
/// answered as one with a wrong secret (404), so that it learns nothing about the alert.
/// </summary>
public sealed record AlertCredential(AlertSecret? Secret)
{
    public static AlertCredential None { get; } = new((AlertSecret?)null);
}
