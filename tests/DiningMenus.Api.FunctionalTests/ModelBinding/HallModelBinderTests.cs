using DiningMenus.Api.ModelBinding;
using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using Moq;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

public sealed class HallModelBinderTests
{
    private static readonly Hall Frary = new("frary", "Frary", "pomona", VendorType.Pomona);
    private HallModelBinder _binder = null!;

    [SetUp]
    public void CreateBinder()
    {
        var registry = new Mock<IHallRegistry>();
        registry.Setup(r => r.Find(It.Is<string?>(id => string.Equals(id, "frary", StringComparison.OrdinalIgnoreCase)))).Returns(Frary);
        _binder = new HallModelBinder(registry.Object);
    }

    [TestCase("frary")]
    [TestCase("FRARY")]
    public async Task Finds_the_hall_in_the_registry(string id)
    {
        var outcome = await Binding.RunAsync<Hall>(_binder, "hall_id", id);

        Assert.That(outcome.Result.Model, Is.SameAs(Frary));
        Assert.That(outcome.Errors, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    public async Task A_missing_id_is_required(string? id)
    {
        var outcome = await Binding.RunAsync<Hall>(_binder, "hall_id", id);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo("hall_id is required."));
    }

    [TestCase("nowhere")]
    [TestCase("🍕")]
    public async Task An_unknown_id_is_marked_not_found(string id)
    {
        var outcome = await Binding.RunAsync<Hall>(_binder, "hall_id", id);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Errors.Single().Exception, Is.TypeOf<NotFoundException>().With.Message.EqualTo($"Unknown hall_id: {id}"));
    }
}
