using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Halls.Common;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Hours;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Halls.Queries.GetOpenNow;

/// <summary>
/// Asks every hall's hours for the Pacific service date of the instant, all halls at once, and reports the service
/// running at that time. Hours pages and day menus the caches hold are used as they are (see
/// <see cref="HallHoursService"/>), so a warm answer waits on no fetch; a cold start costs one read per missing input.
/// </summary>
public sealed class GetOpenNowQueryHandler(IHallRegistry halls, HallHoursService hours, TimeProvider clock)
    : IQueryHandler<GetOpenNowQuery, OpenNowResult>
{
    public async ValueTask<OpenNowResult> Handle(GetOpenNowQuery query, CancellationToken cancellationToken)
    {
        var at = query.At ?? clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(at, ServiceCalendar.Pacific);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);

        // All halls at once: a slow vendor then costs its own wait once, not the sum of every hall's.
        var days = await Task.WhenAll(halls.All.Select(hall => hours.GetAsync(hall, date, cancellationToken)));
        var serving = new List<OpenHallResponse>();
        var unknown = new List<string>();
        foreach (var (hall, day) in halls.All.Zip(days))
        {
            if (day.Status == HoursStatus.Unknown)
            {
                unknown.Add(hall.Id);
            }
            else if (day.ServiceAt(time) is { } service)
            {
                serving.Add(new OpenHallResponse(
                    hall.Id, hall.Name, hall.College, hall.Color, service.Period.ToWireName(), service.Label,
                    ((TimeOnly?)service.Start).ToWireTime()!, ((TimeOnly?)service.End).ToWireTime()!, day.Source ?? DayHoursReconciler.MenuSource));
            }
        }

        return new OpenNowResult(at, serving, unknown);
    }
}
