using DiningMenus.Domain.Menus;

namespace DiningMenus.Domain.UnitTests.Menus;

public sealed class AllergensTests
{
    [Test]
    public void Tree_nut_varieties_collapse_into_their_family()
    {
        Assert.That(
            Allergens.Normalize(["Tree Nut (Almond)", "Tree Nut (Pecan)", "Wheat", "Milk", "wheat"]),
            Is.EqualTo(new[] { "milk", "tree-nut", "wheat" }));
    }
}
