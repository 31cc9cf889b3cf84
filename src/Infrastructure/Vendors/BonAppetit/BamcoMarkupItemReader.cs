using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;
using HtmlAgilityPack;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>
/// Reads a dish from what its <c>div.site-panel__daypart-item</c> block shows, for pages whose menu JSON is missing:
/// the visible title, the icons (<c>&lt;img alt="Vegan: Contains absolutely no animal…"&gt;</c>, the label before the
/// colon), the calorie text ("90 cal."), the description and its "SIDES:" line. The tier comes from the tab the
/// block sits in.
/// </summary>
internal static class BamcoMarkupItemReader
{
    public static MenuItem? Read(HtmlNode block, int? tier, VendorLabelReader labels)
    {
        var title = Child(block, "site-panel__daypart-item-title");
        var name = MenuText.FromHtml(title?.InnerText);
        if (name is null)
        {
            return null;
        }

        var icons = IconLabels(title!).ToLookup(labels.IsAllergenLabel);
        return new MenuItem(
            Name: name,
            Description: Description(Child(block, "site-panel__daypart-item-description")),
            Tags: labels.Tags(icons[false]),
            Calories: MenuText.LeadingNumber(MenuText.FromHtml(Child(block, "site-panel__daypart-item-calories")?.InnerText)),
            Allergens: labels.Allergens(icons[true]),
            Featured: tier is null ? null : tier == 1,
            Tier: tier);
    }

    /// <summary>
    /// The tier a tab's title names: "Brunch Specials" 1, "Additional Brunch Favorites" 2, "Brunch Condiments and
    /// Extras" 3 (the correspondence was checked against the JSON tiers of the three Claremont pages).
    /// </summary>
    public static int? TierOfTab(string? tabTitle) => tabTitle switch
    {
        null => null,
        _ when tabTitle.Contains("Specials", StringComparison.OrdinalIgnoreCase) => 1,
        _ when tabTitle.Contains("Additional", StringComparison.OrdinalIgnoreCase) => 2,
        _ when tabTitle.Contains("Condiments", StringComparison.OrdinalIgnoreCase) => 3,
        _ => null,
    };

    /// <summary>"Vegan: Contains absolutely no animal or dairy products." → "Vegan".</summary>
    private static IEnumerable<string> IconLabels(HtmlNode title)
    {
        foreach (var image in title.Descendants("img"))
        {
            var alt = HtmlEntity.DeEntitize(image.GetAttributeValue("alt", string.Empty));
            var colon = alt.IndexOf(':', StringComparison.Ordinal);
            if (MenuText.Clean(colon >= 0 ? alt[..colon] : alt) is { } label)
            {
                yield return label;
            }
        }
    }

    /// <summary>The description text, then its "SIDES: syrup, whipped cream" block as an option group.</summary>
    private static string? Description(HtmlNode? description)
    {
        if (description is null)
        {
            return null;
        }

        var sides = Child(description, "site-panel__daypart-item-sides");
        var options = new List<(string?, IEnumerable<string?>)>();
        if (sides is not null && MenuText.FromHtml(sides.InnerText) is { } text)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var groupName = colon > 0 ? text[..colon].ToLowerInvariant() : null;
            options.Add((groupName, text[(colon + 1)..].Split(',')));
            sides.Remove();
        }

        foreach (var comment in description.Descendants().Where(n => n.NodeType == HtmlNodeType.Comment).ToList())
        {
            comment.Remove();
        }

        return BamcoDescription.Compose(description.InnerHtml, options);
    }

    private static HtmlNode? Child(HtmlNode node, string cssClass) => node.Descendants().FirstOrDefault(n => n.HasClass(cssClass));
}
