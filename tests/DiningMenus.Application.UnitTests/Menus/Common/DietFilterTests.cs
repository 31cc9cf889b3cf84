using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.UnitTests.Menus.Common;

public sealed class DietFilterTests
{
    private static readonly Meal Dinner = new(MealPeriod.Dinner, "Dinner", null, null,
    [
        new Station("Mainline",
        [
            Item("Sweet Sour Tofu", "vegan", "vegetarian"),
            Item("Pork Bulgogi", "gluten-free"),
        ]),
        new Station("Grill", [Item("Burger")]),
        new Station("Salad Bar",
        [
            Item("Garden Salad", "vegan", "vegetarian", "gluten-free"),
            Item("Caprese", "vegetarian", "gluten-free"),
        ]),
        // A source that flagged vegan alone still counts as vegetarian.
        new Station("Desserts", [Item("Sorbet", "vegan")]),
    ]);

    [TestCase(null, new[] { "Sweet Sour Tofu", "Pork Bulgogi", "Burger", "Garden Salad", "Caprese", "Sorbet" })]
    [TestCase("vegan", new[] { "Sweet Sour Tofu", "Garden Salad", "Sorbet" })]
    [TestCase("vegetarian", new[] { "Sweet Sour Tofu", "Garden Salad", "Caprese", "Sorbet" })]
    [TestCase("vegan,gluten-free", new[] { "Garden Salad" })]
    [TestCase("gluten-free", new[] { "Pork Bulgogi", "Garden Salad", "Caprese" })]
    [TestCase("halal", new string[0])]
    public void Keeps_items_carrying_every_tag(string? tags, string[] kept)
    {
        Assert.That(DietFilter.TryParse(tags, out var filter), Is.True);

        var meal = filter.Apply(Dinner);

        Assert.That(meal.Stations.SelectMany(s => s.Items).Select(i => i.Name), Is.EqualTo(kept));
        Assert.That(meal.Stations.Select(s => s.Items.Count), Has.All.GreaterThan(0));
    }

    [Test]
    public void Stations_left_empty_are_dropped_and_the_meal_is_kept()
    {
        DietFilter.TryParse("vegan", out var filter);

        var meal = filter.Apply(Dinner);

        Assert.That(meal.Stations.Select(s => s.Name), Is.EqualTo(new[] { "Mainline", "Salad Bar", "Desserts" }));
        Assert.That(meal.Period, Is.EqualTo(MealPeriod.Dinner));
    }

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

    private static MenuItem Item(string name, params string[] tags) => new(name, null, tags, null, []);
}
