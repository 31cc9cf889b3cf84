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
}
