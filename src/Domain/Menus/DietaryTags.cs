using System.Text;

namespace DiningMenus.Domain.Menus;

/// <summary>
/// Dietary tags as the public contract spells them: lower-case kebab words. A vegan item is also
/// vegetarian (vendors flag the two exclusively, clients filter on "vegetarian" and expect vegan dishes).
/// </summary>
public static class DietaryTags
{
    public const string Vegan = "vegan";
    public const string Vegetarian = "vegetarian";
    public const string GlutenFree = "gluten-free";
    public const string Halal = "halal";
    public const string Kosher = "kosher";
    public const string PlantBased = "plant-based";
    public const string Mindful = "mindful";
    public const string Organic = "organic";

    /// <summary>Kebab-cases, de-duplicates and orders tags; adds "vegetarian" to vegan items.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string> tags)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var kebab = ToKebab(tag);
            if (kebab.Length > 0)
            {
                set.Add(kebab);
            }
        }

        if (set.Contains(Vegan))
        {
            set.Add(Vegetarian);
        }

        return [.. set];
    }

    /// <summary>True for a tag spelled as the contract spells tags: <see cref="ToKebab"/> leaves it unchanged.</summary>
    public static bool IsWellFormed(string? tag) => !string.IsNullOrEmpty(tag) && tag == ToKebab(tag);

    /// <summary>"Gluten Free" becomes "gluten-free", "Plant Based" becomes "plant-based".</summary>
    public static string ToKebab(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }
}
