using DiningMenus.Application.Common.Events;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Infrastructure.Archive.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>
/// The last good copy of every hall and date, kept in the durable archive: each good read is archived (a new
/// revision only when the menu changed), and a fallback reads the latest revision of the same date. The archive
/// is best-effort for menu requests: a failed write is logged and skipped, a failed read is a miss (one warning
/// line when the database is down, the exception when it is a bug).
/// </summary>
public sealed partial class ArchiveMenuStore(
    IDbContextFactory<ArchiveDbContext> contexts, IHallRegistry halls, IServiceScopeFactory scopes, ILogger<ArchiveMenuStore> logger)
    : ILastGoodMenuStore
{
    /// <summary>Tries of one save that lost a race for its revision number to another writer.</summary>
    private const int MaxAttempts = 3;

    /// <summary>Rows per statement when recording new dish names (far below either database's parameter limit).</summary>
    private const int DishBatch = 200;

    public async Task SaveAsync(DayMenuResult menu, CancellationToken cancellationToken)
    {
        ArchivedDay? added;
        try
        {
            added = await AddRevisionAsync(menu, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ArchiveDatabaseFailure.Is(ex))
        {
            LogWriteUnavailable(logger, menu.Hall.Id, menu.Menu.Date, ArchiveDatabaseFailure.Reason(ex));
            return;
        }
        catch (Exception ex)
        {
            LogWriteFailed(logger, ex, menu.Hall.Id, menu.Menu.Date);
            return;
        }

        if (added is not null)
        {
            await PublishAsync(added, cancellationToken);
        }
    }

    public async Task<DayMenuResult?> FindAsync(string hallId, DateOnly date, CancellationToken cancellationToken)
    {
        if (halls.Find(hallId) is not { } hall)
        {
            return null;
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var day = await db.Days.AsNoTracking()
                .Where(d => d.HallId == hall.Id && d.Date == date)
                .OrderByDescending(d => d.Revision)
                .Include(d => d.Meals).ThenInclude(m => m.Stations).ThenInclude(s => s.Items)
                .AsSplitQuery()
                .FirstOrDefaultAsync(cancellationToken);
            return day?.ToDayMenuResult(hall);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ArchiveDatabaseFailure.Is(ex))
        {
            LogReadUnavailable(logger, hall.Id, date, ArchiveDatabaseFailure.Reason(ex));
            return null;
        }
        catch (Exception ex)
        {
            LogReadFailed(logger, ex, hall.Id, date);
            return null;
        }
    }

    /// <summary>Writes the read as the day's next revision when <see cref="ArchiveRevisionRule"/> says so; returns the new row, else null.</summary>
    private async Task<ArchivedDay?> AddRevisionAsync(DayMenuResult menu, CancellationToken cancellationToken)
    {
        var hash = MenuContentHash.Of(menu.Menu);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var latest = await db.Days.AsNoTracking()
                .Where(d => d.HallId == menu.Hall.Id && d.Date == menu.Menu.Date)
                .OrderByDescending(d => d.Revision)
                .Select(d => new LatestRevision(d.Revision, d.ContentHash, d.Fidelity))
                .FirstOrDefaultAsync(cancellationToken);
            if (ArchiveRevisionRule.Decide(menu, hash, latest) != ArchiveDecision.NewRevision)
            {
                return null;
            }

            var day = menu.ToArchivedDay((latest?.Revision ?? 0) + 1, hash);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Days.Add(day);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (db.IsUniqueViolation(ex) && attempt < MaxAttempts)
            {
                // Another instance added this revision number first: look again (it may be this very content).
                LogRevisionRace(logger, menu.Hall.Id, menu.Menu.Date, day.Revision);
                continue;
            }

            await AddDishNamesAsync(db, day, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return day;
        }
    }

    /// <summary>
    /// Records the day's dish names the archive has not seen, in the same transaction as the day, so that search
    /// never misses a dish that is archived. Sorted, so that concurrent writers take their row locks in one order.
    /// </summary>
    private static async Task AddDishNamesAsync(ArchiveDbContext db, ArchivedDay day, CancellationToken cancellationToken)
    {
        var dishes = day.Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items)
            .Where(i => i.NormalizedName.Length > 0)
            .DistinctBy(i => i.NormalizedName, StringComparer.Ordinal)
            .OrderBy(i => i.NormalizedName, StringComparer.Ordinal)
            .Select(i => (i.NormalizedName, i.Name))
            .ToList();
        foreach (var batch in dishes.Chunk(DishBatch))
        {
            // Plain SQL that both databases speak: EF Core has no insert-or-ignore of its own.
            var rows = string.Join(", ", batch.Select((_, i) => $"({{{2 * i}}}, {{{(2 * i) + 1}}})"));
            var values = batch.SelectMany(d => new object[] { d.NormalizedName, d.Name }).ToArray();
            var sql = "INSERT INTO dishes (normalized_name, name) VALUES " + rows + " ON CONFLICT (normalized_name) DO NOTHING";
            await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
        }
    }

    /// <summary>
    /// After the commit: tell subscribers (dish alerts, the search index). Their failure is not the menu request's.
    /// In a scope of its own: a fetch that outlives its request's deadline saves after that request's scope is gone.
    /// </summary>
    private async Task PublishAsync(ArchivedDay day, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IPublisher>()
                .Publish(new DayMenuArchived(day.HallId, day.Date, day.Id, day.Revision), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogPublishFailed(logger, ex, day.HallId, day.Date, day.Revision);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not archive the menu of {HallId} {Date:yyyy-MM-dd}, it is served, not kept: {Reason}")]
    private static partial void LogWriteUnavailable(ILogger logger, string hallId, DateOnly date, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Archiving the menu of {HallId} {Date:yyyy-MM-dd} threw; it is served, not kept")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string hallId, DateOnly date);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the archived menu of {HallId} {Date:yyyy-MM-dd}, treated as none: {Reason}")]
    private static partial void LogReadUnavailable(ILogger logger, string hallId, DateOnly date, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the archived menu of {HallId} {Date:yyyy-MM-dd} threw; treated as none")]
    private static partial void LogReadFailed(ILogger logger, Exception exception, string hallId, DateOnly date);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revision {Revision} of {HallId} {Date} was archived by another writer first; checking again")]
    private static partial void LogRevisionRace(ILogger logger, string hallId, DateOnly date, int revision);

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber to the archiving of {HallId} {Date} revision {Revision} failed")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string hallId, DateOnly date, int revision);
}
