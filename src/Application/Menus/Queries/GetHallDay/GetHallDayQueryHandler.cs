using DiningMenus.Application.Menus.Queries.GetDayMenu;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetHallDay;

/// <summary>Answers from the (cached) day menu; only the menu filter is applied per request.</summary>
public sealed class GetHallDayQueryHandler(ISender sender) : IQueryHandler<GetHallDayQuery, HallDayResponse>
{
    public async ValueTask<HallDayResponse> Handle(GetHallDayQuery query, CancellationToken cancellationToken)
    {
        var day = await sender.Send(new GetDayMenuQuery(query.Hall, query.Date), cancellationToken);
        return day.ToHallDayResponse(query.Filter);
    }
}
