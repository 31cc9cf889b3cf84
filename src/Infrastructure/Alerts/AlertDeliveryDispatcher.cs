using DiningMenus.Application.Alerts.Common;
using DiningMenus.Infrastructure.Alerts.Entities;
using DiningMenus.Infrastructure.Alerts.Webhooks;
using DiningMenus.Infrastructure.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Alerts;

/// <summary>
/// Sends the outbox's due deliveries: at start, whenever this instance queues some, and every
/// <c>Alerts:PollIntervalSeconds</c>. Each delivery is first claimed with a lease, by one UPDATE whose WHERE
/// requires the lease to have expired: of several instances only the one whose update changed the row sends it.
/// A delivery whose sender died is free again once its lease ends. At start it first matches every alert against the
/// upcoming archived days (<see cref="UpcomingServingsMatcher"/>). Time is the host's <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class AlertDeliveryDispatcher(
    IDbContextFactory<ArchiveDbContext> contexts,
    IServiceScopeFactory scopes,
    AlertDispatchSignal signal,
    IAlertStore store,
    UpcomingServingsMatcher upcoming,
    TimeProvider clock,
    IOptions<AlertsOptions> options,
    ILogger<AlertDeliveryDispatcher> logger) : BackgroundService
{
    /// <summary>Deliveries claimed per look-up: a backlog is worked through in a few statements, not one row at a time.</summary>
    private const int Batch = 20;

    /// <summary>This instance, as it signs its claims.</summary>
    public string Owner { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>Sends every delivery due now that no other instance holds; returns how many it sent (any answer).</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            List<string> due;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                due = await db.Set<AlertDeliveryRow>().AsNoTracking()
                    .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && d.LeaseExpiresAt <= now)
                    .OrderBy(d => d.NextAttemptAt)
                    .Select(d => d.Id)
                    .Take(Batch)
                    .ToListAsync(cancellationToken);
            }

            var claimed = 0;
            foreach (var id in due)
            {
                if (await TryClaimAsync(id, cancellationToken))
                {
                    claimed++;
                    await DeliverAsync(id, cancellationToken);
                    sent++;
                }
            }

            if (due.Count < Batch || claimed == 0)
            {
                return sent;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var caughtUp = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!caughtUp)
                {
                    // Once per start (again until the database answers): a day archived just before the last stop
                    // may not have had its deliveries queued.
                    await upcoming.QueueAsync(await store.GetEnabledAsync(stoppingToken), stoppingToken);
                    caughtUp = true;
                }

                await DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ArchiveDatabaseFailure.Is(ex))
            {
                LogDatabaseUnavailable(logger, options.Value.PollIntervalSeconds, ArchiveDatabaseFailure.Reason(ex));
            }
            catch (Exception ex)
            {
                LogDispatchFailed(logger, ex);
            }

            using var poll = new CancellationTokenSource(options.Value.PollInterval, clock);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, poll.Token);
            await signal.WaitAsync(wait.Token);
        }
    }

    /// <summary>One atomic UPDATE: true when this instance's update changed the row, i.e. no one else holds it.</summary>
    private async Task<bool> TryClaimAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)options.Value.Lease.TotalMilliseconds;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Set<AlertDeliveryRow>()
            .Where(d => d.Id == id && d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && d.LeaseExpiresAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeaseOwner, Owner).SetProperty(d => d.LeaseExpiresAt, until), cancellationToken);
        return changed == 1;
    }

    private async Task DeliverAsync(string id, CancellationToken cancellationToken)
    {
        AlertDeliveryRow? delivery;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            delivery = await db.Set<AlertDeliveryRow>().AsNoTracking().Include(d => d.Alert).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        }

        if (delivery?.Alert is not { } alert)
        {
            return; // deleted with its alert meanwhile
        }

        var settings = options.Value;
        var at = clock.GetUtcNow();
        if (!alert.Enabled)
        {
            await RecordAsync(delivery, DeliveryStatus.Cancelled, null, null, at, cancellationToken);
            return;
        }

        var timestamp = at.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(alert.SigningKey, delivery.Id, timestamp, delivery.Body);
        WebhookAnswer answer;
        await using (var scope = scopes.CreateAsyncScope())
        {
            answer = await scope.ServiceProvider.GetRequiredService<WebhookClient>()
                .PostAsync(new Uri(alert.WebhookUrl), delivery.Id, timestamp, signature, delivery.Body, cancellationToken);
        }

        var outcome = answer.Refused ? DeliveryOutcome.Final : DeliveryClassifier.Classify(answer.StatusCode);
        var attempt = new AlertDeliveryAttemptRow
        {
            DeliveryId = delivery.Id,
            Number = delivery.AttemptCount + 1,
            At = at,
            StatusCode = answer.StatusCode,
            Outcome = outcome,
            Error = answer.Error is { Length: > 500 } error ? error[..500] : answer.Error,
        };
        var status = outcome switch
        {
            DeliveryOutcome.Delivered => DeliveryStatus.Delivered,
            DeliveryOutcome.Final => DeliveryStatus.Failed,
            _ => DeliveryStatus.Pending,
        };
        long? next = null;
        if (outcome == DeliveryOutcome.Retry)
        {
            var delay = DeliveryBackoff.Delay(attempt.Number, settings.InitialBackoff, settings.MaxBackoff, answer.RetryAfter);
            next = (at + delay).ToUnixTimeMilliseconds();
            if (next > delivery.GiveUpAt)
            {
                status = DeliveryStatus.Failed;
                attempt.Error = $"{attempt.Error} Retry window of {settings.RetryWindowHours} h ended.".TrimStart();
            }
        }

        LogAttempt(logger, delivery.Id, alert.Id, attempt.Number, answer.StatusCode, status);
        await RecordAsync(delivery, status, next, attempt, at, cancellationToken);
    }

    /// <summary>
    /// Writes the attempt and the delivery's new state, releasing the lease, only while this instance still holds it;
    /// a final outcome updates the alert's run of failures (and disables it at <c>Alerts:DisableAfterFailures</c>).
    /// </summary>
    private async Task RecordAsync(
        AlertDeliveryRow delivery, DeliveryStatus status, long? next, AlertDeliveryAttemptRow? attempt, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var attempts = delivery.AttemptCount + (attempt is null ? 0 : 1);
        var nextAttemptAt = next ?? delivery.NextAttemptAt;
        var changed = await db.Set<AlertDeliveryRow>()
            .Where(d => d.Id == delivery.Id && d.LeaseOwner == Owner)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.AttemptCount, attempts)
                .SetProperty(d => d.NextAttemptAt, nextAttemptAt)
                .SetProperty(d => d.LeaseOwner, (string?)null)
                .SetProperty(d => d.LeaseExpiresAt, 0L), cancellationToken);
        if (changed == 0)
        {
            LogLeaseLost(logger, delivery.Id);
            return;
        }

        if (attempt is not null)
        {
            db.Set<AlertDeliveryAttemptRow>().Add(attempt);
            await db.SaveChangesAsync(cancellationToken);
        }

        var alerts = db.Set<AlertRow>().Where(a => a.Id == delivery.AlertId);
        if (status == DeliveryStatus.Delivered)
        {
            await alerts.ExecuteUpdateAsync(set => set.SetProperty(a => a.ConsecutiveFailures, 0), cancellationToken);
        }
        else if (status == DeliveryStatus.Failed)
        {
            var limit = options.Value.DisableAfterFailures;
            await alerts.ExecuteUpdateAsync(set => set.SetProperty(a => a.ConsecutiveFailures, a => a.ConsecutiveFailures + 1), cancellationToken);
            if (await alerts.Where(a => a.Enabled && a.ConsecutiveFailures >= limit)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.Enabled, false).SetProperty(a => a.DisabledAt, at), cancellationToken) > 0)
            {
                LogAlertDisabled(logger, delivery.AlertId, limit);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} of alert {AlertId}, attempt {Attempt}: HTTP {StatusCode}, now {Status}")]
    private static partial void LogAttempt(ILogger logger, string deliveryId, string alertId, int attempt, int? statusCode, DeliveryStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} was taken over by another instance after its lease ended; this attempt is not recorded")]
    private static partial void LogLeaseLost(ILogger logger, string deliveryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertId} is disabled: {Limit} deliveries in a row failed")]
    private static partial void LogAlertDisabled(ILogger logger, string alertId, int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert deliveries wait: the database cannot be reached, trying again within {Seconds} s: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, int seconds, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching alert deliveries threw; trying again at the next poll")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
