using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// Matches alerts against the upcoming days the archive already holds (today on, Pacific) and queues the
/// occurrences not queued before. A new alert so hears of dishes published before it was made; and at start, every
/// alert is matched again, so that a day archived just before the process died (after the archive's commit, before
/// its deliveries were queued) is not missed. The one delivery per occurrence in the database makes repeats no-ops.
/// </summary>
public sealed class UpcomingServingsMatcher(IAlertStore store, IMenuArchive archive, IHallRegistry halls, TimeProvider clock)
{
    /// <returns>How many deliveries were newly queued.</returns>
    public async Task<int> QueueAsync(IReadOnlyList<StoredAlert> alerts, CancellationToken cancellationToken)
    {
        if (alerts.Count == 0)
        {
            return 0;
        }

        var servings = await archive.GetServingsFromAsync(ServiceCalendar.Today(clock), cancellationToken);
        var deliveries = new List<QueuedDelivery>();
        foreach (var day in servings.GroupBy(s => (s.HallId, s.Date)))
        {
            if (halls.Find(day.Key.HallId) is { } hall)
            {
                deliveries.AddRange(AlertMatcher.Match(hall, day.Key.Date, [.. day], alerts));
            }
        }

        return deliveries.Count > 0 ? await store.QueueAsync(deliveries, cancellationToken) : 0;
    }
}
