using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Halls.Queries.GetHalls;
using DiningMenus.Domain.Halls;
using Moq;

namespace DiningMenus.Application.UnitTests.Halls.Queries.GetHalls;

public sealed class GetHallsQueryHandlerTests
{
    [Test]
    public async Task Lists_the_registrys_halls_in_order_with_lower_case_vendor_words()
    {
        var registry = new Mock<IHallRegistry>();
        registry.SetupGet(r => r.All).Returns(
        [
            new Hall("frary", "Frary", "pomona", VendorType.Pomona, "#20438F"),
            new Hall("collins", "Collins", "cmc", VendorType.BonAppetit, "#981A31"),
            new Hall("hoch", "Hoch-Shanahan", "hmc", VendorType.Sodexo),
        ]);

        var halls = await new GetHallsQueryHandler(registry.Object).Handle(new GetHallsQuery(), CancellationToken.None);

        Assert.That(halls, Is.EqualTo(new[]
        {
            new HallResponse("frary", "Frary", "pomona", "pomona", "#20438F"),
            new HallResponse("collins", "Collins", "cmc", "bonappetit", "#981A31"),
            new HallResponse("hoch", "Hoch-Shanahan", "hmc", "sodexo", null),
        }));
    }
}
