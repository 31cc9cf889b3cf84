using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Admin.Commands.InvalidateHall;

public sealed class InvalidateHallCommandHandler(
    AnswerCache cache, TimeProvider clock, IOptions<MenusOptions> options)
    : ICommandHandler<InvalidateHallCommand, InvalidateHallResponse>
{
    public async ValueTask<InvalidateHallResponse> Handle(InvalidateHallCommand command, CancellationToken cancellationToken)
    {
        var today = ServiceCalendar.Today(clock);
        var from = today.AddDays(-options.Value.MaxDaysBack);
        var to = today.AddDays(options.Value.MaxDaysAhead);
        var dates = 0;
        for (var date = from; date <= to; date = date.AddDays(1), dates++)
        {
            // Expired on every instance at once (the backplane); the old copy stays only as a fail-safe fallback.
            await cache.ExpireAsync<DayMenuResult>(DayMenuCacheKeys.Fresh(command.Hall.Id, date), cancellationToken);
        }

        return new InvalidateHallResponse(command.Hall.Id, from.ToWireDate(), to.ToWireDate(), dates);
    }
}
