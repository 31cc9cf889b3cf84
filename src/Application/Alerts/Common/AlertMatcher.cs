using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// Which alerts one archived day answers, with dish search's matching (<see cref="DishNameIndex"/> over the day's
/// dish names): an alert matches a serving when its query matches the dish and the serving passes its hall, meal
/// (breakfast and lunch include a brunch served instead, as search has it) and tags filters. One delivery per
/// alert and meal of the day.
/// </summary>
public static class AlertMatcher
{
    public static IReadOnlyList<QueuedDelivery> Match(Hall hall, DateOnly date, IReadOnlyList<DishOccurrence> servings, IEnumerable<StoredAlert> alerts)
    {
        if (servings.Count == 0)
        {
            return [];
        }

        var index = new DishNameIndex(servings.Select(s => new ArchivedDishName(s.NormalizedName, s.Name)));
        var deliveries = new List<QueuedDelivery>();
        foreach (var alert in alerts)
        {
            if (alert.HallIds.Count > 0 && !alert.HallIds.Contains(hall.Id, StringComparer.Ordinal))
            {
                continue;
            }

            var names = index.Match(alert.Query).Select(m => m.Dish.NormalizedName).ToHashSet(StringComparer.Ordinal);
            if (names.Count == 0 || !DietFilter.TryParse(string.Join(',', alert.Tags), out var tags))
            {
                continue;
            }

            var meals = MealsOf(alert.Meals);
            var matched = servings
                .Where(s => names.Contains(s.NormalizedName) && (meals is null || meals.Contains(s.Meal)) && tags.Accepts(s.Tags));
            foreach (var meal in matched.GroupBy(s => s.Meal).OrderBy(g => g.Key))
            {
                var occurrences = meal
                    .OrderBy(s => s.Station, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)
                    .Select(s => new DishServedOccurrence(date.ToWireDate(), hall.Id, hall.Name, s.Meal.ToWireName(), s.Station, s.Name, s.Tags))
                    .ToList();
                var body = new DishServedPayload(DishServedPayload.DishServed, alert.Id, occurrences).ToJson();
                deliveries.Add(new QueuedDelivery(alert.Id, date, hall.Id, meal.Key, body));
            }
        }

        return deliveries;
    }

    private static HashSet<MealPeriod>? MealsOf(IReadOnlyList<MealPeriod> meals)
    {
        if (meals.Count == 0)
        {
            return null;
        }

        var periods = meals.ToHashSet();
        if (periods.Contains(MealPeriod.Breakfast) || periods.Contains(MealPeriod.Lunch))
        {
            periods.Add(MealPeriod.Brunch);
        }

        return periods;
    }
}
