using System.Text.Json;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// What the three Sodexo formats share: menu item objects with the same field names (API, location page
/// and BiteMenu) and station (course) names typed by kitchen staff.
/// </summary>
internal static class SodexoMenuReader
{
    public const string MiscellaneousStation = "Miscellaneous";

    // Sodexo's stand-in entries: a cheerful line listed every day as a dish, whose "ingredients" name a costing
    // category, not food ("Peripherals Fall Menu" at Hoch on 2025-11-15; reported elsewhere as "Plate Cost Peripherals").
    private static readonly string[] FillerNames = ["Have a Nice Day"];
    private static readonly string[] FillerIngredients = ["Peripherals", "Plate Cost"];

    /// <summary>One dish, or null when the element is no object or has no name (a placeholder).</summary>
    public static MenuItem? ReadItem(JsonElement item, VendorLabelReader labels)
    {
        // Sodexo text may carry entities ("Garlic &amp; Herb"): FromHtml decodes them exactly once.
        var name = MenuText.FromHtml(item.Str("formalName"));
        if (name is null)
        {
            return null;
        }

        return new MenuItem(
            Name: name,
            Description: MenuText.FromHtml(item.Str("description")),
            Tags: labels.Tags(TrueFlags(item)),
            Calories: MenuText.LeadingNumber(item.Str("calories")),
            Allergens: labels.Allergens(AllergenNames(item.Prop("allergens"))));
    }

    /// <summary>Adds one item element to a station: filler is dropped and counted, a nameless entry counted as a placeholder.</summary>
    public static void AddTo(StationListBuilder stations, string station, JsonElement item, VendorLabelReader labels)
    {
        if (IsFiller(item))
        {
            stations.Drop(DroppedItemReason.Filler);
        }
        else
        {
            stations.Add(station, ReadItem(item, labels));
        }
    }

    /// <summary>An entry listed as a dish that is none: its name or its ingredients give it away.</summary>
    public static bool IsFiller(JsonElement item)
    {
        var name = MenuText.FromHtml(item.Str("formalName"));
        var ingredients = MenuText.FromHtml(item.Str("ingredients"));
        return (name is not null && FillerNames.Any(f => name.Equals(f, StringComparison.OrdinalIgnoreCase)))
            || (ingredients is not null && FillerIngredients.Any(f => ingredients.Contains(f, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The item's true <c>is…</c> flags ("isVegan", "isPlantBased", …): every one is a diet label, mapped through the
    /// vocabulary, so that a flag Sodexo adds later is reported rather than silently ignored. False flags say nothing.
    /// </summary>
    private static IEnumerable<string> TrueFlags(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object
            ? item.EnumerateObject()
                .Where(p => p.Name.Length > 2 && p.Name.StartsWith("is", StringComparison.Ordinal) && char.IsUpper(p.Name[2]) && p.Value.AsBool() == true)
                .Select(p => p.Name)
            : [];

    /// <summary>
    /// Trimmed course name without BiteMenu's trailing " SCR"; blank, missing or "-" becomes "Miscellaneous".
    /// Case is kept as given ("CHEF CORNER").
    /// </summary>
    public static string StationName(string? courseName)
    {
        var name = MenuText.FromHtml(courseName);
        if (name is not null && name.EndsWith(" SCR", StringComparison.OrdinalIgnoreCase))
        {
            name = MenuText.Clean(name[..^4]);
        }

        return name is null || name == "-" ? MiscellaneousStation : name;
    }

    /// <summary>
    /// Real data lists present allergens only (<c>{allergen: 6, name: "Wheat"}</c>). Some variants add
    /// <c>contains: "true"|"false"</c>; only an explicit false excludes the entry.
    /// </summary>
    private static IEnumerable<string> AllergenNames(JsonElement? allergens)
    {
        foreach (var allergen in allergens.OneOrMany())
        {
            var name = allergen.ValueKind == JsonValueKind.String ? allergen.GetString() : allergen.Str("name");
            if (!string.IsNullOrWhiteSpace(name) && allergen.Prop("contains")?.AsBool() != false)
            {
                yield return name;
            }
        }
    }
}
