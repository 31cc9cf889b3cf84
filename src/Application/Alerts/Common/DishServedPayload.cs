using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>The body of a delivery: <c>{type: "dish.served", alert_id, occurrences: [...]}</c>, snake_case.</summary>
public sealed record DishServedPayload(string Type, string AlertId, IReadOnlyList<DishServedOccurrence> Occurrences)
{
    public const string DishServed = "dish.served";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DishServedPayload? FromJson(string json) => JsonSerializer.Deserialize<DishServedPayload>(json, Json);
}
