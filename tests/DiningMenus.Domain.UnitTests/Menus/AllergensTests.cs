using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Domain.UnitTests.Menus;

public sealed class AllergensTests
{
    [Test]
    public void The_vocabulary_is_the_major_allergens_with_wheat_and_gluten_apart()
    {
        Assert.That(Allergens.Vocabulary.Terms.Select(t => t.Word), Is.EqualTo(new[]
        {
            "egg", "milk", "soy", "sesame", "peanut", "tree-nut", "fish", "shellfish", "wheat", "gluten",
        }));
    }

    [TestCase(VendorType.Pomona, "Tree Nut (Almond)", new[] { "tree-nut" })]
    [TestCase(VendorType.Pomona, "Tree Nut (Macadamia Nut)", new[] { "tree-nut" })]
    [TestCase(VendorType.Pomona, "Wheat", new[] { "wheat" })]
    [TestCase(VendorType.BonAppetit, "Wheat/Gluten", new[] { "wheat", "gluten" })]
    [TestCase(VendorType.BonAppetit, "Tree Nut", new[] { "tree-nut" })]
    [TestCase(VendorType.Sodexo, "EGGS", new[] { "egg" })]
    [TestCase(VendorType.Sodexo, "SESAME_SEEDS", new[] { "sesame" })]
    [TestCase(VendorType.Sodexo, "Gluten", new[] { "gluten" })]
    public void Vendor_spellings_map_to_the_vocabulary(VendorType vendor, string label, string[] expected)
    {
        Assert.That(Allergens.Vocabulary.TryTranslate(vendor, label, out var words), Is.True);
        Assert.That(words, Is.EqualTo(expected));
    }

    [TestCase(VendorType.Sodexo, "SO")]
    [TestCase(VendorType.Pomona, "Mustard")]
    [TestCase(VendorType.BonAppetit, "Vegan")]
    public void Ambiguous_or_foreign_spellings_are_unknown(VendorType vendor, string label)
    {
        Assert.That(Allergens.Vocabulary.TryTranslate(vendor, label, out _), Is.False);
    }

    [TestCase(new[] { "wheat" }, "gluten", true)]
    [TestCase(new[] { "gluten" }, "wheat", false)]
    [TestCase(new[] { "milk" }, "milk", true)]
    [TestCase(new[] { "milk" }, "egg", false)]
    public void Wheat_contains_gluten(string[] itemAllergens, string allergen, bool contains)
    {
        Assert.That(Allergens.Contains(itemAllergens, allergen), Is.EqualTo(contains));
    }

    [Test]
    public void The_two_vocabularies_share_no_vendor_label()
    {
        // A Bon Appétit icon known only by its label (the markup fallback) is classed by which vocabulary knows it.
        var allergenLabels = Allergens.Vocabulary.VendorLabels.Select(l => (l.Vendor, DietaryTags.ToKebab(l.Label)));
        var dietLabels = DietaryTags.Vocabulary.VendorLabels.Select(l => (l.Vendor, DietaryTags.ToKebab(l.Label)));
        Assert.That(allergenLabels.Intersect(dietLabels), Is.Empty);
    }
}
