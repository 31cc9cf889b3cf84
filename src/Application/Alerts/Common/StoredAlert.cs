using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>An alert as the store keeps it. <see cref="Key"/> is the signing key (the secret's bytes).</summary>
public sealed record StoredAlert(
    string Id,
    string Query,
    IReadOnlyList<string> HallIds,
    IReadOnlyList<MealPeriod> Meals,
    IReadOnlyList<string> Tags,
    string WebhookUrl,
    byte[] Key,
    string ClientKey,
    DateTimeOffset CreatedAt,
    bool Enabled,
    int ConsecutiveFailures,
    DateTimeOffset? DisabledAt);
