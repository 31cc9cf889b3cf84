using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Search.Common;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Search.Queries.GetDishes;

/// <summary>
/// Matches the text against the distinct dish names, then reads from the archive the servings around today of the
/// best matches. A serving today counts as past once its meal has ended (when the menu gives the end), else as next.
/// </summary>
public sealed class GetDishesQueryHandler(DishCatalog catalog, IMenuArchive archive, IHallRegistry halls, TimeProvider clock)
    : IQueryHandler<GetDishesQuery, DishesResponse>
{
    public async ValueTask<DishesResponse> Handle(GetDishesQuery query, CancellationToken cancellationToken)
    {
        var text = query.Search.Text;
        var index = await catalog.GetAsync(cancellationToken);
        var matches = index.Match(text).Take(GetDishesQuery.MaxDishes).ToList();
        if (matches.Count == 0)
        {
            return new DishesResponse(text, []);
        }

        var now = ServiceCalendar.LocalNow(clock);
        var today = DateOnly.FromDateTime(now.DateTime);
        var time = TimeOnly.FromDateTime(now.DateTime);
        var servings = (await archive.FindServedAroundAsync([.. matches.Select(m => m.Dish.NormalizedName)], today, cancellationToken))
            .Where(o => halls.Find(o.HallId) is not null)
            .ToLookup(o => o.NormalizedName, StringComparer.Ordinal);

        var dishes = new List<DishResponse>();
        foreach (var match in matches)
        {
            var around = servings[match.Dish.NormalizedName].ToList();
            var past = around.Where(o => IsOver(o, today, time)).ToList();
            var last = past.OrderByDescending(o => o.Date).ThenByDescending(o => o.End ?? o.Start ?? TimeOnly.MinValue)
                .ThenBy(o => o.HallId, StringComparer.Ordinal).FirstOrDefault();
            var next = around.Except(past).OrderBy(o => o.Date).ThenBy(o => o.Start ?? TimeOnly.MinValue)
                .ThenBy(o => o.HallId, StringComparer.Ordinal).FirstOrDefault();
            if (last is not null || next is not null)
            {
                dishes.Add(new DishResponse(match.Dish.Name, Math.Round(match.Score, 3), Serving(last), Serving(next)));
            }
        }

        return new DishesResponse(text, dishes);
    }

    private static bool IsOver(DishOccurrence serving, DateOnly today, TimeOnly now) =>
        serving.Date < today || (serving.Date == today && serving.End is { } end && end <= now);

    private static ServingResponse? Serving(DishOccurrence? serving) => serving is null
        ? null
        : new ServingResponse(serving.Date.ToWireDate(), serving.HallId, serving.Meal.ToWireName());
}
