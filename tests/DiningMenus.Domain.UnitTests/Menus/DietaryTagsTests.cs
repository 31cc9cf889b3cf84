using DiningMenus.Domain.Menus;

namespace DiningMenus.Domain.UnitTests.Menus;

public sealed class DietaryTagsTests
{
    [Test]
    public void Vegan_items_are_also_vegetarian()
    {
        Assert.That(DietaryTags.Normalize(["Vegan"]), Is.EqualTo(new[] { "vegan", "vegetarian" }));
    }

    [Test]
    public void Tags_are_lower_case_kebab_words_without_duplicates()
    {
        Assert.That(
            DietaryTags.Normalize(["Gluten Free", "gluten-free", " Plant Based ", "Farm to Fork", "HALAL", ""]),
            Is.EqualTo(new[] { "farm-to-fork", "gluten-free", "halal", "plant-based" }));
    }

    [TestCase("Made without Gluten-Containing Ingredients", "made-without-gluten-containing-ingredients")]
    [TestCase("  Humanely   Raised ", "humanely-raised")]
    [TestCase("jalapeño", "jalapeño")]
    [TestCase("---", "")]
    public void ToKebab_joins_words_with_single_dashes(string text, string expected)
    {
        Assert.That(DietaryTags.ToKebab(text), Is.EqualTo(expected));
    }

    [TestCase("vegan", true)]
    [TestCase("gluten-free", true)]
    [TestCase("farm-to-fork", true)]
    [TestCase("Vegan", false)]
    [TestCase("gluten free", false)]
    [TestCase("gluten_free", false)]
    [TestCase("gluten--free", false)]
    [TestCase("-vegan", false)]
    [TestCase("vegan-", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void A_well_formed_tag_is_already_its_own_kebab_form(string? tag, bool wellFormed)
    {
        Assert.That(DietaryTags.IsWellFormed(tag), Is.EqualTo(wellFormed));
    }
}
