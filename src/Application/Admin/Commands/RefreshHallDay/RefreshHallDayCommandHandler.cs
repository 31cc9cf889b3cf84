using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Admin.Commands.RefreshHallDay;

/// <summary>Sends the ordinary day query inside a forced-refresh scope, so the usual pipeline fetches and stores it.</summary>
public sealed class RefreshHallDayCommandHandler(ISender sender) : ICommandHandler<RefreshHallDayCommand, RefreshHallDayResponse>
{
    public async ValueTask<RefreshHallDayResponse> Handle(RefreshHallDayCommand command, CancellationToken cancellationToken)
    {
        var query = new GetDayMenuQuery(command.Hall, command.Date);
        using (CacheRefreshScope.Force(query.CacheKey))
        {
            var day = await sender.Send(query, cancellationToken);
            return new RefreshHallDayResponse(
                day.Hall.Id,
                command.Date.ToWireDate(),
                day.Menu.Status.ToString().ToLowerInvariant(),
                [.. day.Menu.Meals.Select(m => m.Period.ToWireName())],
                day.Source,
                day.FetchedAt,
                day.IsStale);
        }
    }
}
