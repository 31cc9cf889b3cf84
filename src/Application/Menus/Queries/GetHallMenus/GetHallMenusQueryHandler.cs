using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Application.Menus.Queries.GetHallDay;
using DiningMenus.Domain.Halls;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetHallMenus;

/// <summary>Reads every date of the range through the cached day query.</summary>
public sealed class GetHallMenusQueryHandler(ISender sender) : IQueryHandler<GetHallMenusQuery, HallMenusResponse>
{
    public async ValueTask<HallMenusResponse> Handle(GetHallMenusQuery query, CancellationToken cancellationToken)
    {
        var dates = Enumerable.Range(0, query.DayCount).Select(query.From.AddDays).ToList();

        // The first date is read alone: a download covering several dates (the Eatec feed holds a week)
        // caches them all, so the others are then cache hits rather than more downloads of the same feed.
        var first = await ReadDayAsync(query.Hall, dates[0], cancellationToken);
        var rest = await Task.WhenAll(dates.Skip(1).Select(date => ReadDayAsync(query.Hall, date, cancellationToken)));
        var days = rest.Prepend(first).Select(day => day.ToHallDayResponse(query.Filter)).ToList();

        return new HallMenusResponse(query.Hall.Id, query.Hall.Name, query.From.ToWireDate(), query.To.ToWireDate(), days);
    }

    private async Task<DayMenuResult> ReadDayAsync(Hall hall, DateOnly date, CancellationToken cancellationToken) =>
        await sender.Send(new GetDayMenuQuery(hall, date), cancellationToken);
}
