using System.Globalization;
using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Menus.Common;

/// <summary>
/// Reads one hall's day menu: the vendor's sources in priority order, then the last good copy of the
/// SAME date (marked stale), else 503. Never another date's menu, and never a failed read cached as good.
/// A caller does not wait for all of this: the caching behavior answers at the deadline (with
/// <see cref="FindStaleAsync"/> or a 503) while the sources go on in the background within their upstream timeouts.
/// </summary>
public sealed partial class MenuFallbackOrchestrator(
    IEnumerable<IMenuSource> sources,
    ILastGoodMenuStore lastGood,
    AnswerCache cache,
    SourceHealthLedger health,
    TimeProvider clock,
    IOptions<MenusOptions> options,
    MenusTelemetry telemetry,
    ParseReportRecorder parseReports,
    ILogger<MenuFallbackOrchestrator> logger)
{
    private readonly IReadOnlyList<IMenuSource> _sources = [.. sources.OrderBy(s => s.Priority)];

    public async Task<DayMenuResult> ReadAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        DayMenuResult? unpublished = null;

        foreach (var source in _sources.Where(s => s.Vendor == hall.Vendor))
        {
            var read = await ReadSourceAsync(source, hall, date, cancellationToken);
            parseReports.Record(source.Vendor, source.Name, hall.Id, read.Report);
            if (!read.Succeeded)
            {
                Failed(hall, date, source.Name, read.Failure.Kind, read.Failure.Reason);
                failures.Add($"{source.Name}: {read.Failure}");
                continue;
            }

            var fetchedAt = clock.GetUtcNow();
            await KeepOtherDaysAsync(hall, date, read, source.Name, fetchedAt, cancellationToken);

            var day = read.DayFor(date) ?? DayMenu.Unpublished(hall.Id, date);
            if (day.Status == DayStatus.Unpublished)
            {
                unpublished ??= new DayMenuResult(hall, day, source.Name, fetchedAt, IsStale: false);
                continue;
            }

            if (day.Status == DayStatus.Open && !day.HasItems)
            {
                // A page that parsed but holds an empty meal is a broken page, not an empty menu.
                Failed(hall, date, source.Name, SourceFailureKind.Malformed, "a meal without items");
                failures.Add($"{source.Name}: {SourceFailureKind.Malformed}: a meal without items");
                continue;
            }

            var fresh = new DayMenuResult(hall, day, source.Name, fetchedAt, IsStale: false);
            await lastGood.SaveAsync(fresh, cancellationToken);
            health.RecordSuccess(hall.Id, source.Name, fetchedAt);
            return fresh;
        }

        if (await FindStaleAsync(hall, date, cancellationToken) is { } stale)
        {
            return stale;
        }

        if (unpublished is not null)
        {
            health.RecordSuccess(hall.Id, unpublished.Source, unpublished.FetchedAt);
            return unpublished;
        }

        throw new UpstreamUnavailableException(UnavailableDetail(hall, date), TimeSpan.FromSeconds(options.Value.RetryAfterSeconds));
    }

    /// <summary>The last good copy of the same date, marked stale; null when none is kept.</summary>
    public async Task<DayMenuResult?> FindStaleAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var stale = await lastGood.FindAsync(hall.Id, date, cancellationToken);
        if (stale is null)
        {
            return null;
        }

        LogServingStale(logger, hall.Id, date, stale.FetchedAt);
        telemetry.StaleServe(hall.Id);
        return stale with { IsStale = true };
    }

    public static string UnavailableDetail(Hall hall, DateOnly date) =>
        $"The menu source for {hall.Name} is unavailable and no earlier copy of "
        + $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} exists. Try again later.";

    private void Failed(Hall hall, DateOnly date, string source, SourceFailureKind kind, string reason)
    {
        LogSourceFailed(logger, source, hall.Id, date, kind, reason);
        telemetry.SourceFailure(source, kind.ToString());
        health.RecordFailure(hall.Id, source, $"{kind}: {reason}", clock.GetUtcNow());
    }

    private async Task<MenuReadResult> ReadSourceAsync(IMenuSource source, Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        using var activity = MenusTelemetry.ActivitySource.StartActivity("menu source read");
        activity?.SetTag("diningmenus.hall", hall.Id);
        activity?.SetTag("diningmenus.source", source.Name);
        activity?.SetTag("diningmenus.date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        try
        {
            var read = await source.ReadAsync(hall, date, cancellationToken);
            if (!read.Succeeded)
            {
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, read.Failure.ToString());
            }

            return read;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Sources return typed failures; anything thrown is a bug, but one source's bug must not hide the fallbacks.
            LogSourceThrew(logger, ex, source.Name, hall.Id, date);
            return MenuReadResult.Failed(SourceFailureKind.Malformed, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>One download can cover several dates (the Eatec feed holds a week): keep them all.</summary>
    private async Task KeepOtherDaysAsync(
        Hall hall, DateOnly date, MenuReadResult read, string sourceName, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        foreach (var other in read.Days)
        {
            if (other.Date == date || other.HallId != hall.Id || other.Status == DayStatus.Unpublished
                || (other.Status == DayStatus.Open && !other.HasItems))
            {
                continue;
            }

            var result = new DayMenuResult(hall, other, sourceName, fetchedAt, IsStale: false);
            await lastGood.SaveAsync(result, cancellationToken);
            await cache.StoreAsync(DayMenuCacheKeys.Fresh(hall.Id, other.Date), result, result.CacheLifetime, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Menu source {Source} failed for {HallId} {Date:yyyy-MM-dd}: {Kind}: {Reason}")]
    private static partial void LogSourceFailed(ILogger logger, string source, string hallId, DateOnly date, SourceFailureKind kind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Menu source {Source} threw for {HallId} {Date:yyyy-MM-dd}")]
    private static partial void LogSourceThrew(ILogger logger, Exception exception, string source, string hallId, DateOnly date);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Serving the last good menu of {HallId} {Date:yyyy-MM-dd}, fetched at {FetchedAt:O}")]
    private static partial void LogServingStale(ILogger logger, string hallId, DateOnly date, DateTimeOffset fetchedAt);
}
