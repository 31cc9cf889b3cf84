using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.UnitTests.Parsing;

public sealed class MenuTextTests
{
    // Pairs seen on the 2026-02-07 Bon Appétit pages: JSON label → visible item title.
    [TestCase("cage free scrambled eggs", "Cage Free Scrambled Eggs")]
    [TestCase("the CarveCraft", "The CarveCraft")]
    [TestCase("grilled to order", "Grilled to Order")]
    [TestCase("cream of wheat", "Cream of Wheat")]
    [TestCase("substitute lettuce wrap or gluten free bread for any burger", "Substitute Lettuce Wrap or Gluten Free Bread for Any Burger")]
    [TestCase("Cap'n Crunch", "Cap'n Crunch")]
    [TestCase("A-1 steak sauce", "A-1 Steak Sauce")]
    [TestCase("chicken & waffles", "Chicken & Waffles")]
    [TestCase("", "")]
    public void TitleCase_matches_the_page(string label, string shown) => Assert.That(MenuText.TitleCase(label), Is.EqualTo(shown));

    [Test]
    public void Lines_split_at_br_and_decode_entities()
    {
        Assert.That(MenuText.Lines("maple syrup |<br />contains flour &amp; dairy<br>"), Is.EqualTo(new[] { "maple syrup |", "contains flour & dairy" }));
        Assert.That(MenuText.Lines("  "), Is.Empty);
        Assert.That(MenuText.FromHtml("<strong>@grill</strong>"), Is.EqualTo("@grill"));
        Assert.That(MenuText.FromHtml("a<br/>b", "; "), Is.EqualTo("a; b"));
    }
}
