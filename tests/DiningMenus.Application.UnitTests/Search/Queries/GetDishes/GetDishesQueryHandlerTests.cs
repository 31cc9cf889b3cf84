using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Search.Common;
using DiningMenus.Application.Search.Queries.GetDishes;
using DiningMenus.Application.UnitTests.TestData;
using DiningMenus.Domain.Menus;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DiningMenus.Application.UnitTests.Search.Queries.GetDishes;

public sealed class GetDishesQueryHandlerTests
{
    private static readonly DateOnly Today = new(2025, 12, 3);

    private FakeTimeProvider _clock = null!;
    private Mock<IMenuArchive> _archive = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeTimeProvider(ServiceCalendar.ToInstant(Today, new TimeOnly(14, 0)));
        _archive = new Mock<IMenuArchive>();
        _archive.Setup(a => a.GetDishNamesAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ArchivedDishName("spicy pork bulgogi", "Spicy Pork Bulgogi")]);
    }

    [Test]
    public async Task A_meal_of_today_that_has_ended_is_the_last_serving_and_one_to_come_the_next()
    {
        Around(
            Serving(Today.AddDays(-2), MealPeriod.Dinner, null, null),
            Serving(Today, MealPeriod.Lunch, new TimeOnly(11, 0), new TimeOnly(13, 30)),
            Serving(Today, MealPeriod.Dinner, new TimeOnly(17, 0), new TimeOnly(20, 0)),
            Serving(Today.AddDays(4), MealPeriod.Lunch, null, null));

        var dish = (await HandleAsync("bulgogi")).Dishes.Single();

        Assert.That(dish.LastServed, Is.EqualTo(new ServingResponse("2025-12-03", "frary", "lunch")));
        Assert.That(dish.NextServed, Is.EqualTo(new ServingResponse("2025-12-03", "frary", "dinner")));
        _archive.Verify(a => a.FindServedAroundAsync(
            It.Is<IReadOnlyCollection<string>>(names => names.SequenceEqual(new[] { "spicy pork bulgogi" })), Today, It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task Without_an_end_time_a_meal_of_today_is_still_to_come()
    {
        Around(Serving(Today.AddDays(-2), MealPeriod.Dinner, null, null), Serving(Today, MealPeriod.Lunch, null, null));

        var dish = (await HandleAsync("bulgogy")).Dishes.Single();

        Assert.That(dish.LastServed, Is.EqualTo(new ServingResponse("2025-12-01", "frary", "dinner")));
        Assert.That(dish.NextServed, Is.EqualTo(new ServingResponse("2025-12-03", "frary", "lunch")));
        Assert.That(dish.Name, Is.EqualTo("Spicy Pork Bulgogi"));
        Assert.That(dish.Score, Is.GreaterThan(0).And.LessThan(1));
    }

    [Test]
    public async Task A_dish_no_current_menu_serves_is_left_out_and_the_archive_is_not_asked_for_no_match()
    {
        Around();

        Assert.That((await HandleAsync("bulgogi")).Dishes, Is.Empty);
        Assert.That((await HandleAsync("tacos")).Dishes, Is.Empty);
        _archive.Verify(a => a.FindServedAroundAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private void Around(params DishOccurrence[] servings) =>
        _archive.Setup(a => a.FindServedAroundAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(servings);

    private static DishOccurrence Serving(DateOnly date, MealPeriod meal, TimeOnly? start, TimeOnly? end) =>
        new("frary", date, meal, start, end, "Mainline", "Spicy Pork Bulgogi", "spicy pork bulgogi", ["gluten-free"]);

    private async Task<DishesResponse> HandleAsync(string q)
    {
        using var catalog = new DishCatalog(_archive.Object, _clock, Options.Create(new SearchOptions()));
        var handler = new GetDishesQueryHandler(catalog, _archive.Object, TestHalls.Registry(), _clock);
        return await handler.Handle(new GetDishesQuery(TestSearches.Of(q)), CancellationToken.None);
    }
}
