using System.Globalization;
using System.Text.Json;

namespace DiningMenus.Infrastructure.Parsing;

/// <summary>
/// Tolerant reads of vendor JSON, whose shapes vary: single objects where lists are expected, PHP-style
/// <c>[]</c> for empty maps, numbers as strings. None of these throw on an unexpected kind.
/// </summary>
public static class JsonElementExtensions
{
    /// <summary>The named property of an object, or null (also when <paramref name="element"/> is not an object).</summary>
    public static JsonElement? Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    /// <summary>A string property (a number's raw text too), or null.</summary>
    public static string? Str(this JsonElement element, string name) => element.Prop(name)?.AsString();

    /// <summary>The element as text when it is a string or a number, else null.</summary>
    public static string? AsString(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    /// <summary>An integer from a number or a numeric string ("2"), else null.</summary>
    public static int? AsInt(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>A boolean from true/false, "true"/"false", 1/0 or "1"/"0", else null.</summary>
    public static bool? AsBool(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when element.TryGetInt32(out var n) => n != 0,
        JsonValueKind.String => element.GetString()?.Trim().ToLowerInvariant() switch
        {
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => null,
        },
        _ => null,
    };

    /// <summary>The items of an array, the element itself when it is a lone object, else nothing.</summary>
    public static IEnumerable<JsonElement> OneOrMany(this JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.Array => element.Value.EnumerateArray(),
        JsonValueKind.Object => [element.Value],
        _ => [],
    };

    /// <summary>The values of an object (a PHP map), the items of an array, else nothing.</summary>
    public static IEnumerable<JsonElement> Values(this JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.Object => element.Value.EnumerateObject().Select(p => p.Value),
        JsonValueKind.Array => element.Value.EnumerateArray(),
        _ => [],
    };
}
