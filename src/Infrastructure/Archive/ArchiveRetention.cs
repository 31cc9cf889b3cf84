using DiningMenus.Domain.Menus;
using DiningMenus.Application.Alerts.Common;
using DiningMenus.Infrastructure.Alerts.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>
/// Deletes archived days older than <c>Archive:RetentionDays</c> (by service date, Pacific), every
/// <c>Archive:CleanupIntervalMinutes</c> and once at start, with their meals, stations and items (cascading
/// deletes), then the dish names no remaining day serves.
/// </summary>
public sealed partial class ArchiveRetention(
    IDbContextFactory<ArchiveDbContext> contexts, IOptions<ArchiveOptions> options, TimeProvider clock, ILogger<ArchiveRetention> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ArchiveDatabaseFailure.Is(ex))
            {
                LogDatabaseUnavailable(logger, ArchiveDatabaseFailure.Reason(ex));
            }
            catch (Exception ex)
            {
                LogPurgeFailed(logger, ex);
            }

            await Task.Delay(TimeSpan.FromMinutes(options.Value.CleanupIntervalMinutes), clock, stoppingToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Deletes what is past retention now; returns how many day revisions went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var oldestKept = ServiceCalendar.Today(clock).AddDays(-options.Value.RetentionDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var days = await db.Days.Where(d => d.Date < oldestKept).ExecuteDeleteAsync(cancellationToken);
        // Alert deliveries of those dates are done with (a pending one is still being tried and stays until it ends).
        var finished = db.Set<AlertDeliveryRow>().Where(d => d.ServedOn < oldestKept && d.Status != DeliveryStatus.Pending);
        await db.Set<AlertDeliveryAttemptRow>().Where(a => finished.Select(d => d.Id).Contains(a.DeliveryId)).ExecuteDeleteAsync(cancellationToken);
        var deliveries = await finished.ExecuteDeleteAsync(cancellationToken);
        if (deliveries > 0)
        {
            LogDeliveriesPurged(logger, deliveries, oldestKept);
        }

        if (days > 0)
        {
            var dishes = await db.Dishes
                .Where(dish => !db.Items.Any(item => item.NormalizedName == dish.NormalizedName))
                .ExecuteDeleteAsync(cancellationToken);
            LogPurged(logger, days, dishes, oldestKept);
        }

        return days;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive cleanup removed {Days} day revisions and {Dishes} dish names older than {OldestKept}")]
    private static partial void LogPurged(ILogger logger, int days, int dishes, DateOnly oldestKept);

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive cleanup removed {Deliveries} finished alert deliveries of dates before {OldestKept}")]
    private static partial void LogDeliveriesPurged(ILogger logger, int deliveries, DateOnly oldestKept);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Archive cleanup could not reach the database; it runs again at the next interval: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Archive cleanup failed; it runs again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
