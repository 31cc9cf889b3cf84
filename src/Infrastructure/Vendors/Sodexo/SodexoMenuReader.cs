using System.Text.Json;
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

    // Sodexo item flags → contract tags. isGlutenFree has not been seen in real data but is honoured if present.
    private static readonly (string Flag, string Tag)[] Flags =
    [
        ("isVegan", DietaryTags.Vegan),
        ("isVegetarian", DietaryTags.Vegetarian),
        ("isPlantBased", DietaryTags.PlantBased),
        ("isMindful", DietaryTags.Mindful),
        ("isGlutenFree", DietaryTags.GlutenFree),
    ];

    /// <summary>One dish, or null when the element is no object or has no name.</summary>
    public static MenuItem? ReadItem(JsonElement item)
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
            Tags: DietaryTags.Normalize(Flags.Where(f => item.Prop(f.Flag)?.AsBool() == true).Select(f => f.Tag)),
            Calories: MenuText.LeadingNumber(item.Str("calories")),
            Allergens: Allergens.Normalize(AllergenNames(item.Prop("allergens"))));
    }

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
