using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Domain.UnitTests.Menus;

public sealed class DietaryTagsTests
{
    [Test]
    public void The_earlier_services_spellings_lead_the_vocabulary()
    {
        Assert.That(DietaryTags.Vocabulary.Terms.Take(8).Select(t => t.Word), Is.EqualTo(new[]
        {
            "vegan", "vegetarian", "gluten-free", "balanced", "farm-to-fork", "humane", "halal", "mindful",
        }));
        Assert.That(DietaryTags.Vocabulary.Terms.Select(t => t.Word), Has.All.Matches<string>(DietaryTags.IsWellFormed));
        Assert.That(DietaryTags.Vocabulary.Terms.Select(t => t.Word), Is.Unique);
        Assert.That(DietaryTags.Vocabulary.LabelOf("balanced"), Is.EqualTo("Balanced"));
    }

    [TestCase(VendorType.BonAppetit, "In Balance", "balanced")]
    [TestCase(VendorType.BonAppetit, "Made without Gluten-Containing Ingredients", "gluten-free")]
    [TestCase(VendorType.BonAppetit, "  made WITHOUT gluten-containing ingredients ", "gluten-free")]
    [TestCase(VendorType.BonAppetit, "Locally Crafted", "locally-crafted")]
    [TestCase(VendorType.BonAppetit, "Ask Us", "ask-us")]
    [TestCase(VendorType.Pomona, "Gluten Free", "gluten-free")]
    [TestCase(VendorType.Pomona, "Humanely Raised", "humane")]
    [TestCase(VendorType.Pomona, "Mindful Mondays", "mindful")]
    [TestCase(VendorType.Sodexo, "isPlantBased", "plant-based")]
    public void Each_vendor_label_means_one_public_tag(VendorType vendor, string label, string tag)
    {
        Assert.That(DietaryTags.Vocabulary.TryTranslate(vendor, label, out var words), Is.True);
        Assert.That(words, Is.EqualTo(new[] { tag }));
    }

    [TestCase(VendorType.BonAppetit, "Wellness Warrior")]
    [TestCase(VendorType.Sodexo, "isSwell")]
    [TestCase(VendorType.Pomona, "In Balance")]
    [TestCase(VendorType.BonAppetit, "")]
    public void A_label_the_vocabulary_does_not_know_for_that_vendor_is_unknown(VendorType vendor, string label)
    {
        Assert.That(DietaryTags.Vocabulary.TryTranslate(vendor, label, out var words), Is.False);
        Assert.That(words, Is.Empty);
    }

    [Test]
    public void Eatec_meat_flags_are_known_and_mean_no_tag()
    {
        Assert.That(DietaryTags.Vocabulary.TryTranslate(VendorType.Pomona, "Contains Pork", out var words), Is.True);
        Assert.That(words, Is.Empty);
    }

    [TestCase("vegetarian", new[] { "vegan" }, true)]
    [TestCase("vegetarian", new[] { "vegetarian" }, true)]
    [TestCase("vegan", new[] { "vegetarian" }, false)]
    [TestCase("gluten-free", new[] { "vegan" }, false)]
    public void A_vegan_item_satisfies_vegetarian_without_carrying_it(string tag, string[] itemTags, bool satisfied)
    {
        Assert.That(DietaryTags.IsSatisfiedBy(itemTags, tag), Is.EqualTo(satisfied));
    }

    [Test]
    public void Order_keeps_known_tags_once_in_ordinal_order()
    {
        Assert.That(DietaryTags.Vocabulary.Order(["vegan", "gluten-free", "vegan", "in-balance"]), Is.EqualTo(new[] { "gluten-free", "vegan" }));
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
