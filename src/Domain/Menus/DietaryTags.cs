using System.Text;
using DiningMenus.Domain.Halls;

namespace DiningMenus.Domain.Menus;

/// <summary>
/// The dietary tags of the public contract: a closed vocabulary of lower-case kebab words, each with a display
/// label, and the vendor labels that mean each one. Tags say what the vendor says: a vegan item carries
/// "vegetarian" only when its vendor flags it so (Sodexo does, Bon Appétit and Eatec do not); the
/// "vegan counts as vegetarian" rule belongs to filtering (<see cref="IsSatisfiedBy"/>).
/// </summary>
public static class DietaryTags
{
    public const string Vegan = "vegan";
    public const string Vegetarian = "vegetarian";
    public const string GlutenFree = "gluten-free";
    public const string Balanced = "balanced";
    public const string FarmToFork = "farm-to-fork";
    public const string Humane = "humane";
    public const string Halal = "halal";
    public const string Mindful = "mindful";
    public const string Kosher = "kosher";
    public const string PlantBased = "plant-based";
    public const string Organic = "organic";
    public const string SeafoodWatch = "seafood-watch";
    public const string Local = "local";
    public const string LocallyCrafted = "locally-crafted";
    public const string Sustainable = "sustainable";
    public const string Jain = "jain";
    public const string AskUs = "ask-us";
    public const string SupplierDiversity = "supplier-diversity";

    private const VendorType BonAppetit = VendorType.BonAppetit;
    private const VendorType Eatec = VendorType.Pomona;
    private const VendorType Sodexo = VendorType.Sodexo;

    /// <summary>
    /// The earlier service's spellings come first (vegan … mindful), then the rest the vendors publish. Labels are
    /// Bon Appétit <c>cor_icons</c> labels (also the text before ":" in the page's icon <c>alt</c>), Eatec
    /// <c>dietaryChoice</c>/<c>sustainability</c> ids and Sodexo item flags.
    /// </summary>
    public static LabelVocabulary Vocabulary { get; } = new LabelVocabulary.Builder()
        .Term(Vegan, "Vegan", (BonAppetit, "Vegan"), (Eatec, "Vegan"), (Sodexo, "isVegan"))
        .Term(Vegetarian, "Vegetarian", (BonAppetit, "Vegetarian"), (Eatec, "Vegetarian"), (Sodexo, "isVegetarian"))
        .Term(GlutenFree, "Gluten-free",
            (BonAppetit, "Made without Gluten-Containing Ingredients"), (Eatec, "Gluten Free"), (Sodexo, "isGlutenFree"))
        .Term(Balanced, "Balanced", (BonAppetit, "In Balance"))
        .Term(FarmToFork, "Farm to Fork", (BonAppetit, "Farm to Fork"))
        .Term(Humane, "Humane", (BonAppetit, "Humane"), (Eatec, "Humanely Raised"))
        .Term(Halal, "Halal", (BonAppetit, "Halal"), (Eatec, "Halal"))
        .Term(Mindful, "Mindful", (Eatec, "Mindful Mondays"), (Sodexo, "isMindful"))
        .Term(Kosher, "Kosher", (BonAppetit, "Kosher"), (Eatec, "Kosher"))
        .Term(PlantBased, "Plant-based", (Sodexo, "isPlantBased"))
        .Term(Organic, "Organic", (BonAppetit, "Organic"), (Eatec, "Organic"))
        .Term(SeafoodWatch, "Seafood Watch", (BonAppetit, "Seafood Watch"))
        .Term(Local, "Local", (Eatec, "Local"))
        .Term(LocallyCrafted, "Locally Crafted", (BonAppetit, "Locally Crafted"))
        .Term(Sustainable, "Sustainable", (Eatec, "Sustainable"))
        .Term(Jain, "Jain", (BonAppetit, "Jain"))
        .Term(AskUs, "Ask us about ingredients", (BonAppetit, "Ask Us"))
        .Term(SupplierDiversity, "Supplier Diversity", (BonAppetit, "Supplier Diversity"))
        // Eatec lists meats as yes/no "dietary choices"; they are ingredients, not diets, and nothing filters on them.
        .Ignore(Eatec, "Contains Pork", "Contains Beef", "Contains Poultry", "Contains Lamb")
        .Build();

    /// <summary>
    /// Whether an item's tags satisfy a requested tag. A vegan item satisfies "vegetarian": Bon Appétit and Eatec flag the
    /// two exclusively, and clients asking for vegetarian dishes expect vegan ones.
    /// </summary>
    public static bool IsSatisfiedBy(IReadOnlyList<string> itemTags, string tag) =>
        itemTags.Contains(tag, StringComparer.Ordinal)
        || (tag == Vegetarian && itemTags.Contains(Vegan, StringComparer.Ordinal));

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
