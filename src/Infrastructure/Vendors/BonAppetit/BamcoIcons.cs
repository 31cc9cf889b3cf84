using System.Text.Json;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>
/// The kinds of the page's icons, from <c>Bamco.cor_icons</c> (id → <c>{label, allergen: 0|1, type: "diet"|"exclude"}</c>):
/// an allergen icon ("Egg", "Wheat/Gluten") says what a dish contains, a diet icon ("Vegan", "Kosher") what it suits.
/// </summary>
internal sealed class BamcoIcons
{
    private readonly Dictionary<string, bool> _isAllergenById = new(StringComparer.Ordinal);

    private BamcoIcons()
    {
    }

    /// <summary>No <c>Bamco.cor_icons</c>: every icon is judged by its label alone.</summary>
    public static BamcoIcons None { get; } = new();

    /// <summary>Reads the <c>Bamco.cor_icons</c> object; PHP writes <c>[]</c> when a site has none.</summary>
    public static BamcoIcons From(JsonElement corIcons)
    {
        var icons = new BamcoIcons();
        if (corIcons.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in corIcons.EnumerateObject())
            {
                var icon = entry.Value;
                icons._isAllergenById[icon.Str("id") ?? entry.Name] =
                    icon.Prop("allergen")?.AsInt() == 1 || string.Equals(icon.Str("type"), "exclude", StringComparison.OrdinalIgnoreCase);
            }
        }

        return icons;
    }

    /// <summary>
    /// Whether the icon is an allergen icon: as <c>cor_icons</c> says for its id, else (an id the list lacks, or an icon
    /// known only by its label in the markup) whether the allergen vocabulary knows its label.
    /// </summary>
    public bool IsAllergen(string? id, string label, VendorLabelReader labels) =>
        id is not null && _isAllergenById.TryGetValue(id, out var allergen) ? allergen : labels.IsAllergenLabel(label);
}
