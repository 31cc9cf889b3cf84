namespace DiningMenus.Domain.Menus;

/// <summary>Allergen names as the contract spells them: lower-case kebab words ("tree-nut", "milk").</summary>
public static class Allergens
{
    /// <summary>
    /// Kebab-cases, de-duplicates and orders allergen names. Varieties in parentheses collapse into their
    /// family ("Tree Nut (Almond)" is "tree-nut"), since clients filter on the family.
    /// </summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string> names)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var paren = name.IndexOf('(', StringComparison.Ordinal);
            var family = DietaryTags.ToKebab(paren >= 0 ? name[..paren] : name);
            if (family.Length > 0)
            {
                set.Add(family);
            }
        }

        return [.. set];
    }
}
