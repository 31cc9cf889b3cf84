using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>
/// Applies the archive's migrations at start when <c>Archive:MigrateOnStart</c> is on, before the first request
/// is served. A database that is down does not stop the service (menus are still served, the archive is skipped):
/// the migration is retried in the background until it succeeds. Several instances starting together are safe:
/// EF Core takes a database lock around migrating.
/// </summary>
public sealed partial class ArchiveMigrator(
    IDbContextFactory<ArchiveDbContext> contexts, IOptions<ArchiveOptions> options, TimeProvider clock, ILogger<ArchiveMigrator> logger)
    : IHostedService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);

    private CancellationTokenSource? _stopRetrying;
    private Task? _retrying;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart || await TryMigrateAsync(cancellationToken))
        {
            return;
        }

        _stopRetrying = new CancellationTokenSource();
        _retrying = RetryUntilMigratedAsync(_stopRetrying.Token);
    }

    /// <summary>Ends the retries; safe to call more than once (the test host stops its services twice).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopRetrying, null) is not { } stop)
        {
            return;
        }

        await stop.CancelAsync();
        await _retrying!.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stop.Dispose();
    }

    /// <summary>Brings the schema up to date; false (logged) when the database cannot be reached or migrated.</summary>
    public async Task<bool> TryMigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.BringUpToDateAsync(cancellationToken);
            LogMigrated(logger, options.Value.Provider);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex) when (ArchiveDatabaseFailure.Is(ex))
        {
            LogDatabaseUnavailable(logger, options.Value.Provider, RetryInterval.TotalSeconds, ArchiveDatabaseFailure.Reason(ex));
            return false;
        }
        catch (Exception ex)
        {
            LogMigrationFailed(logger, ex, options.Value.Provider, RetryInterval.TotalSeconds);
            return false;
        }
    }

    private async Task RetryUntilMigratedAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            await Task.Delay(RetryInterval, clock, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!stopping.IsCancellationRequested && await TryMigrateAsync(stopping))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Menu archive ({Provider}) is up to date")]
    private static partial void LogMigrated(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Menu archive ({Provider}) cannot be reached; menus are served without it, retrying every {Seconds} s: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string provider, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Menu archive ({Provider}) could not be migrated; menus are served without it, retrying every {Seconds} s")]
    private static partial void LogMigrationFailed(ILogger logger, Exception exception, string provider, double seconds);
}
