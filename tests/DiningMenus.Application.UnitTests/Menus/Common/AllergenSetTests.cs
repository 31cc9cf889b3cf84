using DiningMenus.Application.Menus.Common;

namespace DiningMenus.Application.UnitTests.Menus.Common;

/// <summary>Reading the allergens and exclude parameters; what they keep is in <see cref="MenuFilterTests"/>.</summary>
public sealed class AllergenSetTests
{
    [TestCase("peanut", new[] { "peanut" })]
    [TestCase("tree-nut,peanut", new[] { "peanut", "tree-nut" })]
    [TestCase(" egg , milk,egg", new[] { "egg", "milk" })]
    [TestCase("egg,milk,soy,sesame,peanut,tree-nut,fish,shellfish,wheat,gluten",
        new[] { "egg", "fish", "gluten", "milk", "peanut", "sesame", "shellfish", "soy", "tree-nut", "wheat" })]
    public void Reads_allergens_of_the_vocabulary_as_one_set(string text, string[] words)
    {
        Assert.That(AllergenSet.TryParse(text, out var allergens, out var unknown), Is.True);
        Assert.That(allergens.Words, Is.EqualTo(words));
        Assert.That(unknown, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Nothing_is_no_allergens(string? text)
    {
        Assert.That(AllergenSet.TryParse(text, out var allergens, out _), Is.True);
        Assert.That(allergens, Is.SameAs(AllergenSet.None));
    }

    [TestCase("Peanut")]
    [TestCase("tree nut")]
    [TestCase("tree_nut")]
    [TestCase("egg,,milk")]
    [TestCase("egg;milk")]
    public void A_word_that_is_not_lower_case_kebab_is_malformed(string text)
    {
        Assert.That(AllergenSet.TryParse(text, out var allergens, out var unknown), Is.False);
        Assert.That(unknown, Is.Empty);
        Assert.That(allergens, Is.SameAs(AllergenSet.None));
    }

    [TestCase("mustard", new[] { "mustard" })]
    [TestCase("peanut,celery,lupin", new[] { "celery", "lupin" })]
    [TestCase("wheat-gluten", new[] { "wheat-gluten" })]
    [TestCase("vegan", new[] { "vegan" })]
    public void A_word_outside_the_vocabulary_is_unknown(string text, string[] words)
    {
        Assert.That(AllergenSet.TryParse(text, out var allergens, out var unknown), Is.False);
        Assert.That(unknown, Is.EqualTo(words));
        Assert.That(allergens, Is.SameAs(AllergenSet.None));
    }

    [Test]
    public void The_same_allergens_are_one_value_but_not_the_same_tags()
    {
        AllergenSet.TryParse("milk,egg", out var written, out _);
        AllergenSet.TryParse("egg,milk", out var canonical, out _);
        DietFilter.TryParse("egg,milk", out var tags);

        Assert.That(written, Is.EqualTo(canonical));
        Assert.That(written.GetHashCode(), Is.EqualTo(canonical.GetHashCode()));
        Assert.That(written.ToString(), Is.EqualTo("egg,milk"));
        Assert.That(written.Equals((FilterWordList)tags), Is.False, "an allergen set is not a tag set with the same words");
    }
}
