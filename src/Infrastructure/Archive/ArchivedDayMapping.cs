using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Archive.Entities;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>Between a read day menu and its archived rows, keeping the source's order of meals, stations and items.</summary>
public static class ArchivedDayMapping
{
    public static ArchivedDay ToArchivedDay(this DayMenuResult read, int revision, string contentHash) => new()
    {
        HallId = read.Hall.Id,
        Date = read.Menu.Date,
        Revision = revision,
        ContentHash = contentHash,
        Source = read.Source,
        // PostgreSQL's timestamptz takes UTC only.
        FetchedAt = read.FetchedAt.ToUniversalTime(),
        Status = read.Menu.Status,
        Fidelity = read.Menu.Fidelity,
        Meals = [.. read.Menu.Meals.Select((meal, position) => new ArchivedMeal
        {
            Position = position,
            Period = meal.Period,
            Label = meal.Label,
            StartTime = meal.Start,
            EndTime = meal.End,
            Stations = [.. meal.Stations.Select((station, stationPosition) => new ArchivedStation
            {
                Position = stationPosition,
                Name = station.Name,
                Items = [.. station.Items.Select((item, itemPosition) => new ArchivedItem
                {
                    Position = itemPosition,
                    Name = item.Name,
                    NormalizedName = DishNames.Normalize(item.Name),
                    Description = item.Description,
                    Tags = [.. item.Tags],
                    Allergens = [.. item.Allergens],
                    Calories = item.Calories,
                    Featured = item.Featured,
                    Tier = item.Tier,
                    ServedOn = read.Menu.Date,
                })],
            })],
        })],
    };

    public static DayMenuResult ToDayMenuResult(this ArchivedDay day, Hall hall) => new(
        hall,
        new DayMenu(day.HallId, day.Date, day.Status, [.. day.Meals.OrderBy(m => m.Position).Select(meal => new Meal(
            meal.Period,
            meal.Label,
            meal.StartTime,
            meal.EndTime,
            [.. meal.Stations.OrderBy(s => s.Position).Select(station => new Station(
                station.Name,
                [.. station.Items.OrderBy(i => i.Position).Select(item => new MenuItem(
                    item.Name, item.Description, item.Tags, item.Calories, item.Allergens, item.Featured, item.Tier))]))]))])
        {
            Fidelity = day.Fidelity,
        },
        day.Source,
        day.FetchedAt,
        IsStale: false);
}
