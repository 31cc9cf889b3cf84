using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Warming;

/// <summary>
/// Keeps today's and tomorrow's menus of every hall in the cache: at start, every interval, and shortly after
/// Pacific midnight, so users rarely wait on a vendor. It sends the ordinary day query: a cached day costs a
/// cache read, a day late in its life is refreshed by the caching behavior's eager refresh.
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

    /// <summary>Warms every hall for today and the configured days ahead; returns how many days are now cached.</summary>
    public async Task<int> WarmOnceAsync(CancellationToken cancellationToken)
    {
        var today = ServiceCalendar.Today(clock);
        var warmed = 0;
        await using var scope = scopes.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        // The day query trusts its date: warm no further ahead than a client may ask.
        var daysAhead = Math.Min(options.Value.DaysAhead, menus.Value.MaxDaysAhead);
        foreach (var hall in halls.All)
        {
            for (var offset = 0; offset <= daysAhead; offset++)
            {
                var date = today.AddDays(offset);
                try
                {
                    await sender.Send(new GetDayMenuQuery(hall, date), cancellationToken);
                    warmed++;
                }
                catch (UpstreamUnavailableException ex)
                {
                    // A vendor being down is expected and the orchestrator has logged each failed source: move on quietly.
                    LogUpstreamUnavailable(logger, hall.Id, date, ex.Message);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // Anything else is a bug: loud, with its stack trace, but the other halls are still warmed.
                    LogWarmFailed(logger, ex, hall.Id, date);
                }
            }
        }

        LogWarmed(logger, warmed);
        return warmed;
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
