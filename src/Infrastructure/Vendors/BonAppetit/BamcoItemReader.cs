using System.Text.Json;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>Turns one <c>Bamco.menu_items</c> entry into a <see cref="MenuItem"/>.</summary>
internal static class BamcoItemReader
{
    // cor_icon labels whose contract tag is not simply their kebab form; the rest (Farm to Fork, In Balance,
    // Seafood Watch, Humane, Vegan, Vegetarian, Halal, Organic) kebab-case into their tag.
    private static readonly Dictionary<string, string> TagsByLabel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Made without Gluten-Containing Ingredients"] = DietaryTags.GlutenFree,
    };

    public static MenuItem? Read(JsonElement item)
    {
        var label = MenuText.FromHtml(item.Str("label"));
        if (label is null)
        {
            return null;
        }

        var tier = item.Prop("tier")?.AsInt();
        return new MenuItem(
            Name: MenuText.TitleCase(label),
            Description: Description(item),
            Tags: DietaryTags.Normalize(CorIconLabels(item).Select(l => TagsByLabel.GetValueOrDefault(l.Trim(), l))),
            Calories: Calories(item),
            Allergens: [], // the pages carry no allergen data (every cor icon has allergen 0)
            Featured: item.Prop("special")?.AsInt() == 1 || tier == 1,
            Tier: tier);
    }

    /// <summary>An item known only by its title on the page (no JSON): name only.</summary>
    public static MenuItem FromTitle(string title) => new(title, null, [], null, []);

    /// <summary>
    /// Labels of the item's dietary icons: <c>cor_icon</c> maps id → label (PHP writes <c>[]</c> when empty);
    /// <c>ordered_cor_icon</c> maps an order key → <c>{id, label}</c>.
    /// </summary>
    private static IEnumerable<string> CorIconLabels(JsonElement item)
    {
        var labels = item.Prop("cor_icon").Values().Select(v => v.AsString()).OfType<string>().ToList();
        return labels.Count > 0
            ? labels
            : item.Prop("ordered_cor_icon").Values().Select(v => v.Str("label")).OfType<string>();
    }

    private static int? Calories(JsonElement item) =>
        MenuText.LeadingNumber(item.Prop("nutrition_details")?.Prop("calories")?.Str("value"))
        ?? MenuText.LeadingNumber(item.Prop("nutrition")?.Str("kcal"));

    /// <summary>
    /// The description as the page shows it: lines at <c>&lt;br /&gt;</c> joined with "; ", the " | " between
    /// components as commas (dangling pipes dropped), then each option group as "Sides: mango, pineapple".
    /// </summary>
    private static string? Description(JsonElement item)
    {
        var parts = MenuText.Lines(item.Str("description"))
            .Select(line => JoinNonEmpty(line.Split('|'), ", "))
            .OfType<string>()
            .ToList();

        foreach (var option in item.Prop("options").OneOrMany())
        {
            var values = JoinNonEmpty(option.Prop("values").Values().Select(v => MenuText.FromHtml(v.Str("label"))), ", ");
            if (values is not null)
            {
                var name = MenuText.FromHtml(option.Str("label"));
                parts.Add(name is null ? values : $"{MenuText.TitleCase(name)}: {values}");
            }
        }

        return JoinNonEmpty(parts, "; ");
    }

    private static string? JoinNonEmpty(IEnumerable<string?> parts, string separator)
    {
        var kept = parts.Select(MenuText.Clean).OfType<string>().ToList();
        return kept.Count > 0 ? string.Join(separator, kept) : null;
    }
}
