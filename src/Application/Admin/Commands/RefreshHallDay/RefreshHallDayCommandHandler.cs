using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Admin.Commands.RefreshHallDay;

/// <summary>Sends the day query asking for a refresh, so the usual pipeline fetches now, waits for it and stores it.</summary>
public sealed class RefreshHallDayCommandHandler(ISender sender) : ICommandHandler<RefreshHallDayCommand, RefreshHallDayResponse>
{
    public async ValueTask<RefreshHallDayResponse> Handle(RefreshHallDayCommand command, CancellationToken cancellationToken)
    {
        var day = await sender.Send(new GetDayMenuQuery(command.Hall, command.Date) { CacheUse = CacheUse.Refresh }, cancellationToken);
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
