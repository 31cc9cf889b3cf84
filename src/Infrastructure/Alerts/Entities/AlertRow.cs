namespace DiningMenus.Infrastructure.Alerts.Entities;

/// <summary>A dish alert (table <c>alerts</c>). <see cref="SigningKey"/> is the secret's bytes: what signs each delivery.</summary>
public sealed class AlertRow
{
    public required string Id { get; set; }

    public required string Query { get; set; }

    public List<string> HallIds { get; set; } = [];

    /// <summary>Meal periods by name (Breakfast, Lunch, ...).</summary>
    public List<string> Meals { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public required string WebhookUrl { get; set; }

    public required byte[] SigningKey { get; set; }

    /// <summary>The creating client's IP address: what Alerts:MaxPerClient counts.</summary>
    public required string ClientKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool Enabled { get; set; } = true;

    public int ConsecutiveFailures { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    public List<AlertDeliveryRow> Deliveries { get; set; } = [];
}
