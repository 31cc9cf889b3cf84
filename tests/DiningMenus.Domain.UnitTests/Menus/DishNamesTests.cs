using DiningMenus.Domain.Menus;

namespace DiningMenus.Domain.UnitTests.Menus;

public sealed class DishNamesTests
{
    [TestCase("Spicy Pork Bulgogi", "spicy pork bulgogi")]
    [TestCase("  SPICY   pork-Bulgogi!! ", "spicy pork bulgogi")]
    [TestCase("Crème Brûlée", "creme brulee")]
    [TestCase("Jalapeño Poppers", "jalapeno poppers")]
    [TestCase("Mac&Cheese", "mac and cheese")]
    [TestCase("Mac & Cheese", "mac and cheese")]
    [TestCase("Smørrebrød", "smorrebrod")]
    [TestCase("Straße Pretzel", "strasse pretzel")]
    [TestCase("OMELET BAR - Scrambled Eggs and Egg Whites, Assorted Veggies", "omelet bar scrambled eggs and egg whites assorted veggies")]
    [TestCase("12\" Pizza", "12 pizza")]
    [TestCase("!!!", "")]
    [TestCase("", "")]
    public void Names_of_one_dish_normalize_alike(string name, string expected)
    {
        Assert.That(DishNames.Normalize(name), Is.EqualTo(expected));
    }

    [Test]
    public void Words_split_a_normalized_name()
    {
        Assert.That(DishNames.Words("spicy pork bulgogi"), Is.EqualTo(new[] { "spicy", "pork", "bulgogi" }));
        Assert.That(DishNames.Words(string.Empty), Is.Empty);
    }
}
