using DiningMenus.Domain.Halls;

namespace DiningMenus.Domain.Menus;

/// <summary>
/// The allergens of the public contract, one vocabulary across vendors: the nine major food allergens, with wheat
/// and gluten apart because Sodexo lists them apart. Bon Appétit's single "Wheat/Gluten" icon means both: an item
/// carrying it is unsafe for either diet, and dropping a wheat-free barley dish from a wheat filter costs nothing.
/// Eatec says only "Wheat"; the data keeps that, and <see cref="Contains"/> knows that wheat contains gluten.
/// </summary>
public static class Allergens
{
    public const string Egg = "egg";
    public const string Milk = "milk";
    public const string Soy = "soy";
    public const string Sesame = "sesame";
    public const string Peanut = "peanut";
    public const string TreeNut = "tree-nut";
    public const string Fish = "fish";
    public const string Shellfish = "shellfish";
    public const string Wheat = "wheat";
    public const string Gluten = "gluten";

    private const VendorType BonAppetit = VendorType.BonAppetit;
    private const VendorType Eatec = VendorType.Pomona;
    private const VendorType Sodexo = VendorType.Sodexo;

    /// <summary>
    /// Labels are Bon Appétit allergen icon labels (<c>"allergen": 1</c>), Eatec <c>allergen</c> ids (tree-nut
    /// varieties such as "Tree Nut (Almond)" fall back to "Tree Nut") and Sodexo <c>allergens[].name</c>, including
    /// the upper-case spellings other Sodexo feeds use. Sodexo's "SO" is not mapped: it could be soy or sulphur
    /// dioxide, so it is reported as unknown should it ever appear.
    /// </summary>
    public static LabelVocabulary Vocabulary { get; } = new LabelVocabulary.Builder()
        .Term(Egg, "Egg", (BonAppetit, "Egg"), (Eatec, "Egg"), (Sodexo, "Egg"), (Sodexo, "EGGS"))
        .Term(Milk, "Milk", (BonAppetit, "Milk"), (Eatec, "Milk"), (Sodexo, "Milk"))
        .Term(Soy, "Soy", (BonAppetit, "Soy"), (Eatec, "Soy"), (Sodexo, "Soy"))
        .Term(Sesame, "Sesame", (BonAppetit, "Sesame"), (Eatec, "Sesame"), (Sodexo, "Sesame"), (Sodexo, "SESAME_SEEDS"))
        .Term(Peanut, "Peanut", (BonAppetit, "Peanut"), (Eatec, "Peanut"), (Sodexo, "Peanut"))
        .Term(TreeNut, "Tree nut", (BonAppetit, "Tree Nut"), (Eatec, "Tree Nut"), (Sodexo, "Tree Nut"))
        .Term(Fish, "Fish", (BonAppetit, "Fish"), (Eatec, "Fish"), (Sodexo, "Fish"))
        .Term(Shellfish, "Shellfish", (BonAppetit, "Shellfish"), (Eatec, "Shellfish"), (Sodexo, "Shellfish"))
        .Term(Wheat, "Wheat", (BonAppetit, "Wheat/Gluten"), (Eatec, "Wheat"), (Sodexo, "Wheat"))
        .Term(Gluten, "Gluten", (BonAppetit, "Wheat/Gluten"), (Sodexo, "Gluten"))
        .Build();

    /// <summary>Whether an item with these allergens contains <paramref name="allergen"/>; wheat contains gluten.</summary>
    public static bool Contains(IReadOnlyList<string> itemAllergens, string allergen) =>
        itemAllergens.Contains(allergen, StringComparer.Ordinal)
        || (allergen == Gluten && itemAllergens.Contains(Wheat, StringComparer.Ordinal));
}
