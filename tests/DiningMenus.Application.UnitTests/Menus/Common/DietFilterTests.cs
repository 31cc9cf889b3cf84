using DiningMenus.Application.Menus.Common;

namespace DiningMenus.Application.UnitTests.Menus.Common;

/// <summary>Reading the tags parameter; what the tags keep is in <see cref="MenuFilterTests"/>.</summary>
public sealed class DietFilterTests
{
    [TestCase("Vegan")]
    [TestCase("vegan,")]
    [TestCase("gluten free")]
    [TestCase("gluten_free")]
    [TestCase("vegan,,halal")]
    [TestCase("vegan;halal")]
    [TestCase("-vegan")]
    [TestCase("vegan-")]
    [TestCase("gluten--free")]
    [TestCase("Végétarien")]
    public void Malformed_lists_do_not_parse(string tags)
    {
        Assert.That(DietFilter.TryParse(tags, out var filter), Is.False);
        Assert.That(filter, Is.SameAs(DietFilter.None));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void No_tags_is_no_filter(string? tags)
    {
        Assert.That(DietFilter.TryParse(tags, out var filter), Is.True);
        Assert.That(filter, Is.EqualTo(DietFilter.None));
    }

    [Test]
    public void The_same_tags_in_any_order_or_repetition_are_one_value()
    {
        DietFilter.TryParse(" vegan , gluten-free,vegan", out var written);
        DietFilter.TryParse("gluten-free,vegan", out var canonical);

        Assert.That(written, Is.EqualTo(canonical));
        Assert.That(written.GetHashCode(), Is.EqualTo(canonical.GetHashCode()));
        Assert.That(written.Tags, Is.EqualTo(new[] { "gluten-free", "vegan" }));
        Assert.That(written.ToString(), Is.EqualTo("gluten-free,vegan"));
        Assert.That(written, Is.Not.EqualTo(DietFilter.None));
    }
}
