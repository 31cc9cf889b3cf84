using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Common.Events;
using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.Extensions.Logging;

namespace DiningMenus.Application.Alerts.EventHandlers;

/// <summary>
/// A day gained or changed in the archive: every enabled alert whose query matches one of its dishes gets one
/// delivery per (alert, date, hall, meal) in the outbox; the database refuses a second one for the same occurrence,
/// whatever instance or re-read asks. Days before today (Pacific) are history, not news: they queue nothing. A
/// database that cannot answer is logged here, so that the other subscribers (the search index) still hear of the day.
/// </summary>
public sealed partial class QueueAlertDeliveriesOnArchive(
    IAlertStore store, IMenuArchive archive, IHallRegistry halls, TimeProvider clock, ILogger<QueueAlertDeliveriesOnArchive> logger)
    : INotificationHandler<DayMenuArchived>
{
    public async ValueTask Handle(DayMenuArchived notification, CancellationToken cancellationToken)
    {
        if (notification.Date < ServiceCalendar.Today(clock) || halls.Find(notification.HallId) is not { } hall)
        {
            return;
        }

        try
        {
            var alerts = await store.GetEnabledAsync(cancellationToken);
            if (alerts.Count == 0)
            {
                return;
            }

            var servings = await archive.GetRevisionServingsAsync(notification.RevisionId, cancellationToken);
            var deliveries = AlertMatcher.Match(hall, notification.Date, servings, alerts);
            if (deliveries.Count > 0)
            {
                await store.QueueAsync(deliveries, cancellationToken);
            }
        }
        catch (ArchiveUnavailableException ex)
        {
            LogNotQueued(logger, notification.HallId, notification.Date, notification.Revision, ex.InnerException?.Message ?? ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert deliveries for {HallId} {Date:yyyy-MM-dd} revision {Revision} were not queued, the database cannot be reached: {Reason}")]
    private static partial void LogNotQueued(ILogger logger, string hallId, DateOnly date, int revision, string reason);
}
