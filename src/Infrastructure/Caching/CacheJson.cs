using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>How cached values are written: compact JSON, enums by name, derived properties left out.</summary>
internal static class CacheJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
