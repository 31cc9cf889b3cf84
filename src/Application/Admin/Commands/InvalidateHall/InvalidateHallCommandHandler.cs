using System.Globalization;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Admin.Commands.InvalidateHall;

public sealed class InvalidateHallCommandHandler(
    IHallRegistry halls, IResponseCache cache, TimeProvider clock, IOptions<MenusOptions> options)
    : ICommandHandler<InvalidateHallCommand, InvalidateHallResponse>
{
    public async ValueTask<InvalidateHallResponse> Handle(InvalidateHallCommand command, CancellationToken cancellationToken)
    {
        var hall = halls.Find(command.HallId) ?? throw new InvalidOperationException($"Unvalidated hall id {command.HallId}.");
        var today = ServiceCalendar.Today(clock);
        var from = today.AddDays(-options.Value.MaxDaysBack);
        var to = today.AddDays(options.Value.MaxDaysAhead);
        var dates = 0;
        for (var date = from; date <= to; date = date.AddDays(1), dates++)
        {
            await cache.RemoveAsync(DayMenuCacheKeys.Fresh(hall.Id, date), cancellationToken);
        }

        return new InvalidateHallResponse(hall.Id, Format(from), Format(to), dates);
    }

    private static string Format(DateOnly date) => date.ToString(RequestRules.DateFormat, CultureInfo.InvariantCulture);
}
