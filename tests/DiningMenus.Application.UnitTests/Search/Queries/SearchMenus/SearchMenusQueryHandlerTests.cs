using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Common;
using DiningMenus.Application.Search.Queries.SearchMenus;
using DiningMenus.Application.UnitTests.TestData;
using DiningMenus.Domain.Menus;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DiningMenus.Application.UnitTests.Search.Queries.SearchMenus;

public sealed class SearchMenusQueryHandlerTests
{
    private static readonly DateOnly From = new(2025, 12, 1);

    /// <summary>"Pizza" (score 1), 20 three-word pizzas of one lower score, 20 four-word pizzas of a lower one still.</summary>
    private static readonly string[] Names =
    [
        "Pizza",
        .. Enumerable.Range(1, 20).Select(i => $"Style {i:D2} Pizza"),
        .. Enumerable.Range(1, 20).Select(i => $"Big Style {i:D2} Pizza"),
    ];

    private Mock<IMenuArchive> _archive = null!;
    private List<IReadOnlyCollection<string>> _asked = null!;

    [SetUp]
    public void SetUp()
    {
        _asked = [];
        _archive = new Mock<IMenuArchive>();
        _archive.Setup(a => a.GetDishNamesAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync([.. Names.Select(n => new ArchivedDishName(DishNames.Normalize(n), n))]);
    }

    [Test]
    public async Task When_the_best_dishes_fill_the_results_weaker_ones_are_not_fetched()
    {
        ServeEachDish(perDish: 250);

        var response = await HandleAsync("pizza");

        Assert.That(response.Results, Has.Count.EqualTo(SearchMenusQuery.MaxResults));
        Assert.That(response.Results.Select(r => r.Name).Distinct(), Is.EqualTo(new[] { "Pizza" }), "the exact name's servings first");
        Assert.That(_asked, Has.Count.EqualTo(1), "the four-word pizzas were never fetched");
        Assert.That(_asked[0], Has.Count.EqualTo(21), "dishes of one score are never split between fetches");
    }

    [Test]
    public async Task Results_run_by_score_then_date_across_fetches()
    {
        ServeEachDish(perDish: 3);

        var response = await HandleAsync("pizza");

        Assert.That(response.Results, Has.Count.EqualTo(Names.Length * 3));
        Assert.That(response.Results.Take(3).Select(r => (r.Name, r.Date, r.Score)),
            Is.EqualTo(new[] { ("Pizza", "2025-12-01", 1.0), ("Pizza", "2025-12-02", 1.0), ("Pizza", "2025-12-03", 1.0) }));
        Assert.That(_asked, Has.Count.EqualTo(2));
        Assert.That(response.Results.Select(r => r.Score), Is.Ordered.Descending);
        foreach (var group in response.Results.GroupBy(r => r.Score))
        {
            Assert.That(group.Select(r => r.Date), Is.Ordered, $"score {group.Key}");
        }
    }

    /// <summary>Each dish asked for is served once a day from the first date, <paramref name="perDish"/> times.</summary>
    private void ServeEachDish(int perDish) =>
        _archive.Setup(a => a.FindOccurrencesAsync(It.IsAny<DishOccurrenceFilter>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DishOccurrenceFilter filter, CancellationToken _) =>
            {
                _asked.Add(filter.NormalizedNames);
                return [.. filter.NormalizedNames.SelectMany(name => Enumerable.Range(0, perDish).Select(day => new DishOccurrence(
                    "frary", From.AddDays(day), MealPeriod.Dinner, null, null, "Pizza Oven",
                    Names.Single(n => DishNames.Normalize(n) == name), name, ["vegetarian"])))];
            });

    private async Task<SearchMenusResponse> HandleAsync(string q)
    {
        var clock = new FakeTimeProvider(ServiceCalendar.ToInstant(From, new TimeOnly(12, 0)));
        using var catalog = new DishCatalog(_archive.Object, clock, Options.Create(new SearchOptions()));
        var handler = new SearchMenusQueryHandler(catalog, _archive.Object, TestHalls.Registry());
        return await handler.Handle(new SearchMenusQuery(TestSearches.Of(q), From, From.AddDays(30), null, null, DietFilter.None), CancellationToken.None);
    }
}
