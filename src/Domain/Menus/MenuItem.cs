namespace DiningMenus.Domain.Menus;

/// <summary>
/// One dish. Tags are words of <see cref="DietaryTags.Vocabulary"/>, allergens words of <see cref="Menus.Allergens.Vocabulary"/>,
/// both in ordinal order.
/// </summary>
/// <param name="Featured">Bon Appétit "special" (tier 1, the short list of the day); null where the source has no such notion.</param>
/// <param name="Tier">Bon Appétit tier: 1 specials, 2 additional favourites, 3 condiments and extras.</param>
public sealed record MenuItem(
    string Name,
    string? Description,
    IReadOnlyList<string> Tags,
    int? Calories,
    IReadOnlyList<string> Allergens,
    bool? Featured = null,
    int? Tier = null);
