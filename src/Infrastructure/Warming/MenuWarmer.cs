using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Warming;

/// <summary>
/// Keeps every hall's published menus from today on in the cache: at start, every interval, and shortly after
/// Pacific midnight, so users rarely wait on a vendor. It sends the ordinary day query: a cached day costs a
/// cache read, a day late in its life is refreshed by the cache's eager refresh.
/// </summary>
public sealed partial class MenuWarmer(
    IServiceScopeFactory scopes,
    IHallRegistry halls,
    TimeProvider clock,
    IOptions<WarmerOptions> options,
    IOptions<MenusOptions> menus,
    ILogger<MenuWarmer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await WarmOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(DelayUntilNextRun(clock.GetUtcNow(), options.Value), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Warms every hall for today and the days ahead (<c>Warmer:DaysAhead</c>, at most <c>Menus:MaxDaysAhead</c>), date
    /// by date: a download covering several dates (the Eatec week) caches them all, so its later dates cost nothing.
    /// A hall stops at its first date that is not published, or whose vendor failed or was late: later dates would
    /// not be published either, and each would cost another download. Returns how many days are now cached fresh.
    /// </summary>
    public async Task<int> WarmOnceAsync(CancellationToken cancellationToken)
    {
        var today = ServiceCalendar.Today(clock);
        // The day query trusts its date: warm no further ahead than a client may ask.
        var daysAhead = Math.Min(options.Value.DaysAhead, menus.Value.MaxDaysAhead);
        await using var scope = scopes.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var warmed = 0;
        foreach (var hall in halls.All)
        {
            for (var date = today; date <= today.AddDays(daysAhead); date = date.AddDays(1))
            {
                if (!await WarmAsync(sender, hall, date, cancellationToken))
                {
                    break;
                }

                warmed++;
            }
        }

        LogWarmed(logger, warmed);
        return warmed;
    }

    /// <summary>True when the day is now cached fresh and the next date is worth reading.</summary>
    private async Task<bool> WarmAsync(ISender sender, Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        try
        {
            var day = await sender.Send(new GetDayMenuQuery(hall, date), cancellationToken);
            return !day.IsStale && day.Menu.Status != DayStatus.Unpublished;
        }
        catch (UpstreamUnavailableException ex)
        {
            // A vendor being down is expected and the orchestrator has logged each failed source: move on quietly.
            LogUpstreamUnavailable(logger, hall.Id, date, ex.Message);
            return false;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Anything else is a bug: loud, with its stack trace, but the other halls are still warmed.
            LogWarmFailed(logger, ex, hall.Id, date);
            return false;
        }
    }

    /// <summary>The next run: one interval from now, or a few minutes after the coming Pacific midnight if that is sooner.</summary>
    public static TimeSpan DelayUntilNextRun(DateTimeOffset nowUtc, WarmerOptions options)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, options.IntervalMinutes));
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nowUtc, ServiceCalendar.Pacific).DateTime);
        var afterMidnight = ServiceCalendar.ToInstant(localDate.AddDays(1), TimeOnly.MinValue)
            + TimeSpan.FromMinutes(options.AfterMidnightMinutes);
        var untilMidnightRun = afterMidnight - nowUtc;
        return untilMidnightRun > TimeSpan.Zero && untilMidnightRun < interval ? untilMidnightRun : interval;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed {Count} hall-days")]
    private static partial void LogWarmed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not warm {HallId} {Date:yyyy-MM-dd}: {Message}")]
    private static partial void LogUpstreamUnavailable(ILogger logger, string hallId, DateOnly date, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Warming {HallId} {Date:yyyy-MM-dd} threw")]
    private static partial void LogWarmFailed(ILogger logger, Exception exception, string hallId, DateOnly date);
}
