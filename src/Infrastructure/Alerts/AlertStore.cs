using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Options;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Alerts.Entities;
using DiningMenus.Infrastructure.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Alerts;

/// <summary>
/// The alerts and their delivery outbox in the archive's database (either provider). A database that cannot
/// answer becomes <see cref="ArchiveUnavailableException"/> (a 503 for the alert routes).
/// </summary>
public sealed partial class AlertStore(
    IDbContextFactory<ArchiveDbContext> contexts,
    AlertDispatchSignal signal,
    TimeProvider clock,
    IOptions<AlertsOptions> options,
    IOptions<MenusOptions> menus,
    ILogger<AlertStore> logger) : IAlertStore
{
    public Task<int> CountForClientAsync(string clientKey, CancellationToken cancellationToken) =>
        RunAsync(db => db.Set<AlertRow>().CountAsync(a => a.ClientKey == clientKey, cancellationToken), cancellationToken);

    public Task AddAsync(StoredAlert alert, CancellationToken cancellationToken) =>
        RunAsync(async db =>
        {
            db.Set<AlertRow>().Add(new AlertRow
            {
                Id = alert.Id,
                Query = alert.Query,
                HallIds = [.. alert.HallIds],
                Meals = [.. alert.Meals.Select(m => m.ToString())],
                Tags = [.. alert.Tags],
                WebhookUrl = alert.WebhookUrl,
                SigningKey = alert.Key,
                ClientKey = alert.ClientKey,
                CreatedAt = alert.CreatedAt,
                Enabled = alert.Enabled,
            });
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task<StoredAlert?> FindAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(async db => await db.Set<AlertRow>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } row
            ? ToStoredAlert(row)
            : null, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(async db =>
        {
            // The attempts and deliveries go with it (cascade); a dispatcher holding one finds it gone and moves on.
            var deliveries = db.Set<AlertDeliveryRow>().Where(d => d.AlertId == id).Select(d => d.Id);
            await db.Set<AlertDeliveryAttemptRow>().Where(a => deliveries.Contains(a.DeliveryId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<AlertDeliveryRow>().Where(d => d.AlertId == id).ExecuteDeleteAsync(cancellationToken);
            return await db.Set<AlertRow>().Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        }, cancellationToken);

    public Task<IReadOnlyList<StoredAlert>> GetEnabledAsync(CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<StoredAlert>>(async db =>
            [.. (await db.Set<AlertRow>().AsNoTracking().Where(a => a.Enabled).ToListAsync(cancellationToken)).Select(ToStoredAlert)],
            cancellationToken);

    public async Task<int> QueueAsync(IReadOnlyList<QueuedDelivery> deliveries, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var giveUpAt = now + (long)options.Value.RetryWindow.TotalMilliseconds;
        var added = await RunAsync(async db =>
        {
            var count = 0;
            foreach (var delivery in deliveries)
            {
                // Plain SQL both databases speak: the unique (alert, date, hall, meal) drops a delivery queued before,
                // by this instance or another, without an error to handle.
                count += await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO alert_deliveries
                        (id, alert_id, served_on, hall_id, meal, body, status, attempt_count, created_at, next_attempt_at, give_up_at, lease_owner, lease_expires_at)
                    VALUES
                        ({"msg_" + Guid.NewGuid().ToString("N")}, {delivery.AlertId}, {delivery.Date}, {delivery.HallId}, {delivery.Meal.ToString()},
                         {delivery.Body}, {nameof(DeliveryStatus.Pending)}, 0, {now}, {now}, {giveUpAt}, NULL, 0)
                    ON CONFLICT (alert_id, served_on, hall_id, meal) DO NOTHING
                    """, cancellationToken);
            }

            return count;
        }, cancellationToken);
        if (added > 0)
        {
            LogQueued(logger, added);
            signal.Wake();
        }

        return added;
    }

    public Task<IReadOnlyList<DeliveryRecord>> GetDeliveriesAsync(string alertId, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<DeliveryRecord>>(async db =>
        {
            var rows = await db.Set<AlertDeliveryRow>().AsNoTracking()
                .Where(d => d.AlertId == alertId)
                .Include(d => d.Attempts)
                .OrderByDescending(d => d.CreatedAt).ThenBy(d => d.ServedOn).ThenBy(d => d.HallId).ThenBy(d => d.Meal)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            return [.. rows.Select(d => new DeliveryRecord(
                d.Id, d.ServedOn, d.HallId, Enum.Parse<MealPeriod>(d.Meal), d.Status, DateTimeOffset.FromUnixTimeMilliseconds(d.CreatedAt),
                d.Status == DeliveryStatus.Pending ? DateTimeOffset.FromUnixTimeMilliseconds(d.NextAttemptAt) : null,
                [.. d.Attempts.OrderBy(a => a.Number).Select(a => new DeliveryAttemptRecord(a.Number, a.At, a.StatusCode, a.Outcome, a.Error))]))];
        }, cancellationToken);

    internal static StoredAlert ToStoredAlert(AlertRow row) => new(
        row.Id, row.Query, row.HallIds, [.. row.Meals.Select(Enum.Parse<MealPeriod>)], row.Tags, row.WebhookUrl, row.SigningKey,
        row.ClientKey, row.CreatedAt, row.Enabled, row.ConsecutiveFailures, row.DisabledAt);

    private async Task<T> RunAsync<T>(Func<ArchiveDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await work(db);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ArchiveDatabaseFailure.Is(ex))
        {
            LogUnavailable(logger, ArchiveDatabaseFailure.Reason(ex));
            throw new ArchiveUnavailableException(
                "The alerts' database cannot be reached right now. Try again later.", TimeSpan.FromSeconds(menus.Value.RetryAfterSeconds), ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} alert deliveries")]
    private static partial void LogQueued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The alerts' database could not be reached: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
