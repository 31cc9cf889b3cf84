using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Search.Common;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.UnitTests.Search.Common;

public sealed class DishNameIndexTests
{
    /// <summary>Dish names as the captured Pomona, Bon Appétit and Sodexo menus spell them.</summary>
    private static readonly string[] Served =
    [
        "Spicy Pork Bulgogi", "Beyond Breakfast Sausage", "Scrambled Whole Eggs", "Scrambled Egg Whites", "Hard Boiled Eggs",
        "Fried Egg", "Gluten Free Oatmeal", "Cheese Pizza", "Pizza", "Pepperoni Pizza", "Crème Brûlée", "Jalapeño Cornbread",
        "Chicken Tikka Masala", "Vegan Tikka Masala", "Macaroni & Cheese", "Ham and Swiss Sandwich", "Strawberry Jam",
        "Pork Carnitas Tacos", "Bulgur Wheat Salad",
    ];

    private static readonly DishNameIndex Index = new(Served.Select(name => new ArchivedDishName(DishNames.Normalize(name), name)));

    [TestCase("bulgogi")]
    [TestCase("bulgogy")]
    [TestCase("bulgoig")]
    [TestCase("BULGOGI")]
    [TestCase("bulgógi")]
    [TestCase("bulgo")]
    [TestCase("pork bulgogi")]
    public void Typos_case_accents_and_prefixes_find_the_dish(string query)
    {
        Assert.That(Index.Match(query).First().Dish.Name, Is.EqualTo("Spicy Pork Bulgogi"));
    }

    [Test]
    public void The_same_name_scores_1_and_ranks_above_names_that_only_contain_it()
    {
        var matches = Index.Match("pizza");

        Assert.That(matches.Select(m => m.Dish.Name), Is.EqualTo(new[] { "Pizza", "Cheese Pizza", "Pepperoni Pizza" }));
        Assert.That(matches[0].Score, Is.EqualTo(1.0));
        Assert.That(matches[1].Score, Is.LessThan(1.0));
    }

    [Test]
    public void An_exact_word_beats_a_prefix_and_a_prefix_beats_a_typo()
    {
        var exact = Index.Match("masala").Single(m => m.Dish.Name == "Chicken Tikka Masala").Score;
        var prefix = Index.Match("masal").Single(m => m.Dish.Name == "Chicken Tikka Masala").Score;
        var typo = Index.Match("masaka").Single(m => m.Dish.Name == "Chicken Tikka Masala").Score;

        Assert.That(exact, Is.GreaterThan(prefix));
        Assert.That(prefix, Is.GreaterThan(typo));
    }

    [Test]
    public void Every_word_of_the_query_must_match()
    {
        Assert.That(Index.Match("vegan masala").Select(m => m.Dish.Name), Is.EqualTo(new[] { "Vegan Tikka Masala" }));
        Assert.That(Index.Match("pork pizza"), Is.Empty);
    }

    [Test]
    public void Accents_and_ampersands_in_served_names_match_plain_queries()
    {
        Assert.That(Index.Match("creme brulee").Single().Dish.Name, Is.EqualTo("Crème Brûlée"));
        Assert.That(Index.Match("jalapeno").Single().Dish.Name, Is.EqualTo("Jalapeño Cornbread"));
        Assert.That(Index.Match("macaroni and cheese").First().Dish.Name, Is.EqualTo("Macaroni & Cheese"));
    }

    [TestCase("ham", "Ham and Swiss Sandwich")]
    [TestCase("jam", "Strawberry Jam")]
    public void Short_words_match_exactly_or_as_a_prefix_never_by_a_typo(string query, string only)
    {
        Assert.That(Index.Match(query).Select(m => m.Dish.Name), Is.EqualTo(new[] { only }));
    }

    [Test]
    public void Typos_are_bounded_by_the_word_length()
    {
        Assert.That(Index.Match("bulgur").Select(m => m.Dish.Name), Is.EqualTo(new[] { "Bulgur Wheat Salad" }), "bulgur is not bulgogi");
        Assert.That(Index.Match("egz"), Is.Empty);
        Assert.That(Index.Match("sausagge").Single().Dish.Name, Is.EqualTo("Beyond Breakfast Sausage"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("!!")]
    [TestCase("tofu")]
    public void Nothing_matches_a_query_without_words_or_an_unknown_dish(string query)
    {
        Assert.That(Index.Match(query), Is.Empty);
    }

    [Test]
    public void Names_that_normalize_alike_are_one_dish()
    {
        var index = new DishNameIndex([new("cheese pizza", "Cheese Pizza"), new("cheese pizza", "CHEESE PIZZA"), new(string.Empty, "!!")]);

        Assert.That(index.Count, Is.EqualTo(1));
        Assert.That(new DishNameIndex([]).Match("pizza"), Is.Empty);
    }
}
