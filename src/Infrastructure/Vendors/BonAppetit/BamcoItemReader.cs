using System.Text.Json;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>Turns one <c>Bamco.menu_items</c> entry into a <see cref="MenuItem"/>.</summary>
internal static class BamcoItemReader
{
    /// <summary>The dish, or null when the entry has no label (a placeholder the station builder counts).</summary>
    public static MenuItem? Read(JsonElement item, BamcoIcons icons, VendorLabelReader labels)
    {
        var label = MenuText.FromHtml(item.Str("label"));
        if (label is null)
        {
            return null;
        }

        // Allergen icons ("Egg", "Wheat/Gluten") say what a dish contains; the others what diets it suits.
        var byKind = CorIcons(item).ToLookup(i => icons.IsAllergen(i.Id, i.Label, labels), i => i.Label);
        var tier = item.Prop("tier")?.AsInt();
        return new MenuItem(
            Name: MenuText.TitleCase(label),
            Description: Description(item),
            Tags: labels.Tags(byKind[false]),
            Calories: Calories(item),
            Allergens: labels.Allergens(byKind[true]),
            Featured: item.Prop("special")?.AsInt() == 1 || tier == 1,
            Tier: tier);
    }

    /// <summary>
    /// The item's icons: <c>cor_icon</c> maps id → label (PHP writes <c>[]</c> when empty);
    /// <c>ordered_cor_icon</c> maps an order key → <c>{id, label}</c>.
    /// </summary>
    private static List<(string? Id, string Label)> CorIcons(JsonElement item)
    {
        var icons = new List<(string? Id, string Label)>();
        if (item.Prop("cor_icon") is { ValueKind: JsonValueKind.Object } byId)
        {
            foreach (var icon in byId.EnumerateObject())
            {
                if (icon.Value.AsString() is { } label)
                {
                    icons.Add((icon.Name, label));
                }
            }
        }

        if (icons.Count == 0)
        {
            foreach (var icon in item.Prop("ordered_cor_icon").Values())
            {
                if (icon.Str("label") is { } label)
                {
                    icons.Add((icon.Str("id"), label));
                }
            }
        }

        return icons;
    }

    private static int? Calories(JsonElement item) =>
        MenuText.LeadingNumber(item.Prop("nutrition_details")?.Prop("calories")?.Str("value"))
        ?? MenuText.LeadingNumber(item.Prop("nutrition")?.Str("kcal"));

    /// <summary>The description with each option group (<c>options[].label</c>, <c>options[].values[].label</c>) after it.</summary>
    private static string? Description(JsonElement item) =>
        BamcoDescription.Compose(
            item.Str("description"),
            item.Prop("options").OneOrMany().Select(o => (o.Str("label"), o.Prop("values").Values().Select(v => v.Str("label")))));
}
