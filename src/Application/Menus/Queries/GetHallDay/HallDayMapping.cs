using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;

namespace DiningMenus.Application.Menus.Queries.GetHallDay;

/// <summary>A cached day menu → <see cref="HallDayResponse"/>; meals and stations go through Mapperly's <see cref="MenuMapper"/>.</summary>
public static class HallDayMapping
{
    public static HallDayResponse ToHallDayResponse(this DayMenuResult day, MenuFilter filter) =>
        new(
            HallId: day.Hall.Id,
            HallName: day.Hall.Name,
            Date: day.Menu.Date.ToWireDate(),
            Status: day.Menu.Status.ToWireName(),
            Meals: [.. day.Menu.InServiceOrder().Select(meal => filter.Apply(meal).ToResponse())],
            IsStale: day.IsStale,
            FetchedAt: day.FetchedAt,
            Source: day.Source);
}
