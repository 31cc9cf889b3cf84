using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Moq;

namespace DiningMenus.Application.UnitTests.TestData;

/// <summary>
/// Frary, a registry holding it, and a day menu for it. Not named "Halls": inside DiningMenus.Application.UnitTests
/// that name resolves to the DiningMenus.Application.Halls namespace first.
/// </summary>
internal static class TestHalls
{
    public static readonly Hall Frary = new("frary", "Frary", "pomona", VendorType.Pomona);

    public static IHallRegistry Registry()
    {
        var registry = new Mock<IHallRegistry>();
        registry.Setup(r => r.Find(It.Is<string?>(id => string.Equals(id, "frary", StringComparison.OrdinalIgnoreCase)))).Returns(Frary);
        registry.SetupGet(r => r.All).Returns([Frary]);
        return registry.Object;
    }

    public static DayMenu OpenDay(DateOnly date, string hallId = "frary") =>
        new(hallId, date, DayStatus.Open,
            [new Meal(MealPeriod.Dinner, "Dinner", null, null, [new Station("Mainline", [new MenuItem("Penne Pasta", null, ["vegan", "vegetarian"], 141, ["wheat"])])])]);
}
