namespace DiningMenus.Application.Menus.Common;

/// <summary>One dish as served to clients.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Tags">Dietary tags from the published vocabulary (README), as the vendor flags them.</param>
/// <param name="Description">Vendor description or daily comment, markup removed.</param>
/// <param name="Calories">Per serving, where the vendor publishes an approved figure.</param>
/// <param name="Allergens">Allergens the vendor says the item contains, from the published allergen vocabulary.</param>
/// <param name="Featured">Bon Appétit specials; null for vendors without the notion.</param>
/// <param name="Tier">Bon Appétit tier: 1 specials, 2 additional favourites, 3 condiments and extras.</param>
public sealed record MenuItemResponse(
    string Name,
    IReadOnlyList<string> Tags,
    string? Description,
    int? Calories,
    IReadOnlyList<string> Allergens,
    bool? Featured,
    int? Tier);
