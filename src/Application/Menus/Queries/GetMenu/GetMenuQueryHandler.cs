using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetMenu;

/// <summary>Picks one meal out of the (cached) day menu.</summary>
public sealed class GetMenuQueryHandler(ISender sender) : IQueryHandler<GetMenuQuery, MenuResponse>
{
    public async ValueTask<MenuResponse> Handle(GetMenuQuery query, CancellationToken cancellationToken)
    {
        var day = await sender.Send(new GetDayMenuQuery(query.Hall, query.Date), cancellationToken);
        var meal = day.Menu.FindMeal(query.Meal)
            ?? throw new NotFoundException(NoMenuDetail(day, query.Meal, query.Date));

        return new MenuResponse(
            HallId: day.Hall.Id,
            Date: query.Date.ToWireDate(),
            Meal: meal.Period.ToWireName(),
            Stations: query.Filter.Apply(meal.Stations).ToResponses(),
            IsStale: day.IsStale,
            FetchedAt: day.FetchedAt,
            HallName: day.Hall.Name,
            MealLabel: meal.Label,
            StartTime: meal.Start.ToWireTime(),
            EndTime: meal.End.ToWireTime(),
            Source: day.Source);
    }

    private static string NoMenuDetail(DayMenuResult day, MealPeriod requested, DateOnly date)
    {
        var why = day.Menu.Status switch
        {
            DayStatus.Closed => $"{day.Hall.Name} is closed that day",
            DayStatus.Unpublished => $"{day.Hall.Name} has not published a menu for that day",
            _ => $"{day.Hall.Name} serves {string.Join(", ", day.Menu.Meals.Select(m => m.Period.ToWireName()).Distinct())} that day",
        };
        return $"No menu found for {day.Hall.Id} {requested.ToWireName()} on {date.ToWireDate()}: {why}.";
    }
}
