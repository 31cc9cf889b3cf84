using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Menus.Common;

/// <summary>
/// What a client asked to see of a menu, from the <c>tags</c>, <c>featured</c>, <c>allergens</c> and <c>exclude</c>
/// parameters of the menu routes: an item is kept when it passes every part, stations left without items are
/// dropped, and meals are kept (possibly with no stations). The filter runs on the cached day, per request.
/// </summary>
/// <param name="Tags">Items must carry every tag (a vegan item counts as vegetarian).</param>
/// <param name="FeaturedOnly">
/// Only the items the source features (Bon Appétit specials). Items whose source has no such notion (Eatec, Sodexo:
/// <see cref="MenuItem.Featured"/> null) are kept, so a client asking every hall for its short list gets what the
/// earlier service served: the specials of Bon Appétit halls, the whole menu elsewhere.
/// </param>
/// <param name="Containing">Items must declare every one of these allergens (wheat counts as gluten).</param>
/// <param name="Excluding">
/// Items declaring any of these allergens are dropped (wheat counts as gluten). Only what the vendor declares is
/// known: an item without allergen data is kept.
/// </param>
public sealed record MenuFilter(DietFilter Tags, bool FeaturedOnly, AllergenSet Containing, AllergenSet Excluding)
{
    /// <summary>No filtering: every item is kept.</summary>
    public static MenuFilter None { get; } = new(DietFilter.None, FeaturedOnly: false, AllergenSet.None, AllergenSet.None);

    public bool IsNone => Equals(None);

    public Meal Apply(Meal meal) => IsNone ? meal : meal with { Stations = Apply(meal.Stations) };

    public IReadOnlyList<Station> Apply(IReadOnlyList<Station> stations) =>
        IsNone
            ? stations
            : [.. stations
                .Select(s => s with { Items = [.. s.Items.Where(Keeps)] })
                .Where(s => s.Items.Count > 0)];

    public bool Keeps(MenuItem item) =>
        Tags.Accepts(item.Tags)
        && (!FeaturedOnly || item.Featured != false)
        && Containing.AreAllDeclaredBy(item)
        && !Excluding.IsAnyDeclaredBy(item);
}
