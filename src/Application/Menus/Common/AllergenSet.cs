using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Menus.Common;

/// <summary>
/// Allergens a client names in a filter (<c>exclude=peanut,tree-nut</c>, <c>allergens=egg</c>): words of
/// <see cref="Allergens.Vocabulary"/>, as an immutable set. Unlike a tag, a word outside the vocabulary is refused:
/// excluding an allergen no vendor reports would silently exclude nothing, and a client would believe it had.
/// Whether an item contains an allergen is <see cref="Allergens.Contains"/> (wheat contains gluten).
/// </summary>
public sealed class AllergenSet : FilterWordList
{
    private AllergenSet(IReadOnlyList<string> allergens)
        : base(allergens)
    {
    }

    /// <summary>No allergens: filters nothing.</summary>
    public static AllergenSet None { get; } = new([]);

    /// <summary>
    /// Parses a comma-separated allergen list. Null or blank is no allergens. False when a word is not a lower-case
    /// kebab word (<paramref name="unknown"/> empty) or is not in the vocabulary (<paramref name="unknown"/> lists those words).
    /// </summary>
    public static bool TryParse(string? text, out AllergenSet allergens, out IReadOnlyList<string> unknown)
    {
        allergens = None;
        unknown = [];
        if (!TryReadWords(text, out var words))
        {
            return false;
        }

        unknown = [.. words.Where(word => !Allergens.Vocabulary.Contains(word))];
        if (unknown.Count > 0)
        {
            return false;
        }

        allergens = words.Count > 0 ? new AllergenSet(words) : None;
        return true;
    }

    /// <summary>True when the item declares every one of these allergens (none: true).</summary>
    public bool AreAllDeclaredBy(MenuItem item) => Words.All(allergen => Allergens.Contains(item.Allergens, allergen));

    /// <summary>True when the item declares any of these allergens (none: false).</summary>
    public bool IsAnyDeclaredBy(MenuItem item) => Words.Any(allergen => Allergens.Contains(item.Allergens, allergen));
}
