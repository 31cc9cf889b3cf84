using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Search.Common;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Search.Queries.SearchMenus;

/// <summary>
/// Matches the text against the distinct dish names in process (<see cref="DishNameIndex"/>), then asks the
/// archive where those dishes are served in the window. Reads the archive only: never a menu source.
/// </summary>
public sealed class SearchMenusQueryHandler(DishCatalog catalog, IMenuArchive archive, IHallRegistry halls)
    : IQueryHandler<SearchMenusQuery, SearchMenusResponse>
{
    /// <summary>Enough for any sensible search; a one-word query like "chicken" matches a few hundred dishes.</summary>
    private const int MaxDishes = 500;

    /// <summary>Dishes whose servings are fetched first; each further batch is four times larger.</summary>
    private const int FirstBatch = 16;

    public async ValueTask<SearchMenusResponse> Handle(SearchMenusQuery query, CancellationToken cancellationToken)
    {
        var index = await catalog.GetAsync(cancellationToken);
        var matches = index.Match(query.Search.Text).Take(MaxDishes).ToList();
        var hallOrder = halls.All.Select((hall, position) => (hall, position)).ToDictionary(p => p.hall.Id, StringComparer.Ordinal);
        var scores = matches.ToDictionary(m => m.Dish.NormalizedName, m => m.Score, StringComparer.Ordinal);
        var servings = new List<DishOccurrence>();

        // Best-scoring dishes first, in growing batches: once they fill the results, a broad word ("chicken")
        // need not fetch the servings of hundreds of weaker matches that could not be shown anyway.
        var next = 0;
        for (var batch = FirstBatch; next < matches.Count && servings.Count < SearchMenusQuery.MaxResults; batch *= 4)
        {
            var names = TakeWholeScores(matches, next, batch);
            next += names.Count;
            var filter = new DishOccurrenceFilter(names, query.From, query.To, query.Hall?.Id, MealsFor(query.Meal));
            servings.AddRange((await archive.FindOccurrencesAsync(filter, cancellationToken))
                .Where(o => query.Tags.Accepts(o.Tags) && hallOrder.ContainsKey(o.HallId)));
        }

        var results = servings
            .OrderByDescending(o => scores[o.NormalizedName])
            .ThenBy(o => o.Date)
            .ThenBy(o => hallOrder[o.HallId].position)
            .ThenBy(o => o.Meal)
            .ThenBy(o => o.Station, StringComparer.Ordinal)
            .ThenBy(o => o.Name, StringComparer.Ordinal)
            .Take(SearchMenusQuery.MaxResults)
            .Select(o => new SearchResultResponse(
                o.Date.ToWireDate(), o.HallId, hallOrder[o.HallId].hall.Name, o.Meal.ToWireName(), o.Station, o.Name, o.Tags,
                Math.Round(scores[o.NormalizedName], 3)))
            .ToList();
        return new SearchMenusResponse(query.Search.Text, query.From.ToWireDate(), query.To.ToWireDate(), results);
    }

    /// <summary>
    /// About <paramref name="count"/> names from <paramref name="start"/>, never splitting dishes of equal score
    /// between batches, so that results ordered by score, then date, come out the same as from one query.
    /// </summary>
    private static List<string> TakeWholeScores(List<DishMatch> matches, int start, int count)
    {
        var end = Math.Min(matches.Count, start + count);
        while (end < matches.Count && matches[end].Score == matches[end - 1].Score)
        {
            end++;
        }

        return [.. matches.Skip(start).Take(end - start).Select(m => m.Dish.NormalizedName)];
    }

    /// <summary>As the menu routes answer: a hall serving brunch serves it to those asking for breakfast or lunch.</summary>
    private static IReadOnlyCollection<MealPeriod>? MealsFor(MealPeriod? meal) => meal switch
    {
        null => null,
        MealPeriod.Breakfast or MealPeriod.Lunch => [meal.Value, MealPeriod.Brunch],
        _ => [meal.Value],
    };
}
