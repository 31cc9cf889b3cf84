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
        var outcome = await Binding.RunDeclaredAsync(_binder, "hall", "hall_id", id);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo("hall_id is required."));
    }

    [Test]
    public async Task An_optional_hall_is_null_when_absent_and_refused_when_given_empty()
    {
        var absent = await Binding.RunDeclaredAsync(_binder, "hallFilter", "hall_id", null);
        var empty = await Binding.RunDeclaredAsync(_binder, "hallFilter", "hall_id", " ");
        var given = await Binding.RunDeclaredAsync(_binder, "hallFilter", "hall_id", "Frary");

        Assert.That((absent.Result.IsModelSet, absent.Result.Model, absent.Errors.Count), Is.EqualTo((true, (object?)null, 0)));
        Assert.That((empty.Result.IsModelSet, empty.Message), Is.EqualTo((false, "hall_id is empty: give a hall id or leave it out.")));
        Assert.That(given.Result.Model, Is.SameAs(Frary));
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
