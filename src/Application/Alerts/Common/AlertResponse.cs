using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>An alert as its owner sees it (never its secret).</summary>
/// <param name="Id">The alert's id.</param>
/// <param name="Query">The dish search it watches, e.g. "bulgogi".</param>
/// <param name="HallIds">Only these halls; empty: every hall.</param>
/// <param name="Meals">Only these meals; empty: every meal (breakfast and lunch include a brunch served instead).</param>
/// <param name="Tags">Only dishes carrying all these tags.</param>
/// <param name="WebhookUrl">Where deliveries are POSTed.</param>
/// <param name="Enabled">False once Alerts:DisableAfterFailures deliveries in a row failed.</param>
/// <param name="ConsecutiveFailures">Failed deliveries since the last successful one.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="DisabledAt">When it was disabled, or null.</param>
public sealed record AlertResponse(
    string Id,
    string Query,
    IReadOnlyList<string> HallIds,
    IReadOnlyList<string> Meals,
    IReadOnlyList<string> Tags,
    string WebhookUrl,
    bool Enabled,
    int ConsecutiveFailures,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt)
{
    public static AlertResponse From(StoredAlert alert) => new(
        alert.Id, alert.Query, alert.HallIds, [.. alert.Meals.Select(m => m.ToWireName())], alert.Tags, alert.WebhookUrl,
        alert.Enabled, alert.ConsecutiveFailures, alert.CreatedAt, alert.DisabledAt);
}
