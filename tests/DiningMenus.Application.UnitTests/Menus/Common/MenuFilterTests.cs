using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.UnitTests.Menus.Common;

public sealed class MenuFilterTests
{
    private static readonly Meal Dinner = new(MealPeriod.Dinner, "Dinner", null, null,
    [
        new Station("Mainline",
        [
            Item("Sweet Sour Tofu", ["vegan", "vegetarian"], ["soy"], featured: true),
            Item("Pork Bulgogi", ["gluten-free"], ["soy", "sesame"], featured: false),
        ]),
        new Station("Grill", [Item("Burger", [], ["wheat", "gluten", "milk"], featured: false)]),
        new Station("Salad Bar",
        [
            Item("Garden Salad", ["vegan", "vegetarian", "gluten-free"], [], featured: true),
            Item("Caprese", ["vegetarian", "gluten-free"], ["milk"], featured: false),
        ]),
        // A source that flagged vegan alone still counts as vegetarian; Eatec says "Wheat" only, which contains gluten.
        new Station("Desserts", [Item("Sorbet", ["vegan"], [], featured: null), Item("Almond Cake", [], ["wheat", "tree-nut", "egg"], featured: null)]),
    ]);

    [TestCase(null, new[] { "Sweet Sour Tofu", "Pork Bulgogi", "Burger", "Garden Salad", "Caprese", "Sorbet", "Almond Cake" })]
    [TestCase("vegan", new[] { "Sweet Sour Tofu", "Garden Salad", "Sorbet" })]
    [TestCase("vegetarian", new[] { "Sweet Sour Tofu", "Garden Salad", "Caprese", "Sorbet" })]
    [TestCase("vegan,gluten-free", new[] { "Garden Salad" })]
    [TestCase("gluten-free", new[] { "Pork Bulgogi", "Garden Salad", "Caprese" })]
    [TestCase("halal", new string[0])]
    public void Tags_keep_items_carrying_every_tag(string? tags, string[] kept)
    {
        DietFilter.TryParse(tags, out var diet);

        Assert.That(Names(MenuFilter.None with { Tags = diet }), Is.EqualTo(kept));
    }

    [Test]
    public void Featured_keeps_the_featured_items_and_those_of_sources_without_the_notion()
    {
        Assert.That(Names(MenuFilter.None with { FeaturedOnly = true }), Is.EqualTo(new[] { "Sweet Sour Tofu", "Garden Salad", "Sorbet", "Almond Cake" }));
    }

    [TestCase("peanut", new[] { "Sweet Sour Tofu", "Pork Bulgogi", "Burger", "Garden Salad", "Caprese", "Sorbet", "Almond Cake" })]
    [TestCase("milk", new[] { "Sweet Sour Tofu", "Pork Bulgogi", "Garden Salad", "Sorbet", "Almond Cake" })]
    [TestCase("soy,milk", new[] { "Garden Salad", "Sorbet", "Almond Cake" })]
    [TestCase("gluten", new[] { "Sweet Sour Tofu", "Pork Bulgogi", "Garden Salad", "Caprese", "Sorbet" })]
    [TestCase("wheat", new[] { "Sweet Sour Tofu", "Pork Bulgogi", "Garden Salad", "Caprese", "Sorbet" })]
    [TestCase("tree-nut,egg", new[] { "Sweet Sour Tofu", "Pork Bulgogi", "Burger", "Garden Salad", "Caprese", "Sorbet" })]
    public void Exclude_drops_items_declaring_any_of_the_allergens(string exclude, string[] kept)
    {
        Assert.That(Names(MenuFilter.None with { Excluding = Allergens(exclude) }), Is.EqualTo(kept));
    }

    [TestCase("soy", new[] { "Sweet Sour Tofu", "Pork Bulgogi" })]
    [TestCase("soy,sesame", new[] { "Pork Bulgogi" })]
    [TestCase("gluten", new[] { "Burger", "Almond Cake" })]
    [TestCase("peanut", new string[0])]
    public void Allergens_keep_items_declaring_every_allergen(string allergens, string[] kept)
    {
        Assert.That(Names(MenuFilter.None with { Containing = Allergens(allergens) }), Is.EqualTo(kept));
    }

    [Test]
    public void Every_part_must_pass()
    {
        DietFilter.TryParse("vegetarian", out var vegetarian);

        var filter = new MenuFilter(vegetarian, FeaturedOnly: true, AllergenSet.None, Allergens("soy"));

        Assert.That(Names(filter), Is.EqualTo(new[] { "Garden Salad", "Sorbet" }));
    }

    [Test]
    public void Stations_left_empty_are_dropped_and_the_meal_is_kept()
    {
        var meal = (MenuFilter.None with { Excluding = Allergens("soy,milk") }).Apply(Dinner);

        Assert.That(meal.Stations.Select(s => s.Name), Is.EqualTo(new[] { "Salad Bar", "Desserts" }));
        Assert.That(meal.Stations.Select(s => s.Items.Count), Has.All.GreaterThan(0));
        Assert.That((meal.Period, meal.Label), Is.EqualTo((MealPeriod.Dinner, "Dinner")));
    }

    [Test]
    public void No_filter_returns_the_meal_itself()
    {
        Assert.That(MenuFilter.None.Apply(Dinner), Is.SameAs(Dinner));
        Assert.That(new MenuFilter(DietFilter.None, false, AllergenSet.None, AllergenSet.None).IsNone, Is.True);
        Assert.That((MenuFilter.None with { FeaturedOnly = true }).IsNone, Is.False);
    }

    [Test]
    public void Filters_with_the_same_words_are_equal()
    {
        DietFilter.TryParse("vegan,halal", out var written);
        DietFilter.TryParse("halal,vegan", out var canonical);

        Assert.That(new MenuFilter(written, true, Allergens("milk,egg"), AllergenSet.None),
            Is.EqualTo(new MenuFilter(canonical, true, Allergens("egg,milk"), AllergenSet.None)));
        Assert.That(MenuFilter.None with { Containing = Allergens("egg") }, Is.Not.EqualTo(MenuFilter.None with { Excluding = Allergens("egg") }));
    }

    private static List<string> Names(MenuFilter filter) =>
        [.. filter.Apply(Dinner).Stations.SelectMany(s => s.Items).Select(i => i.Name)];

    private static AllergenSet Allergens(string words)
    {
        Assert.That(AllergenSet.TryParse(words, out var allergens, out _), Is.True, words);
        return allergens;
    }

    private static MenuItem Item(string name, string[] tags, string[] allergens, bool? featured) =>
        new(name, null, tags, null, allergens, featured);
}
