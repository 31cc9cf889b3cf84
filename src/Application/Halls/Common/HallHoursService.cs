using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Hours;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Halls.Common;

/// <summary>
/// A hall's hours on a service date: the vendor's published hours (<see cref="IHallHoursSource"/>) reconciled
/// with the day menu (read through the cached <see cref="GetDayMenuQuery"/>, answered by the deadline). Never
/// throws for upstream trouble: what cannot be read is unknown.
/// </summary>
public sealed partial class HallHoursService(
    IEnumerable<IHallHoursSource> sources,
    ISender sender,
    TimeProvider clock,
    IOptions<MenusOptions> options,
    ILogger<HallHoursService> logger)
{
    private readonly IReadOnlyList<IHallHoursSource> _sources = [.. sources];

    public async Task<DayHours> GetAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        // Both at once: each is answered by the deadline, so the hours of a hall cost one deadline, not two.
        var published = PublishedAsync(hall, date, cancellationToken);
        var menu = MenuAsync(hall, date, cancellationToken);
        return DayHoursReconciler.Combine(date, await published, await menu);
    }

    private async Task<DayHours> PublishedAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var source = _sources.FirstOrDefault(s => s.Vendor == hall.Vendor);
        if (source is null)
        {
            return DayHours.Unknown(date, "the vendor publishes no hours apart from its menus");
        }

        try
        {
            return await source.GetHoursAsync(hall, date, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHoursFailed(logger, ex, hall.Id, date);
            return DayHours.Unknown(date, "the hours source failed");
        }
    }

    /// <summary>The day menu when the date is one the service serves menus for; null when it cannot be had.</summary>
    private async Task<DayMenu?> MenuAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        if (!RequestRules.IsServedDate(date, clock, options.Value))
        {
            return null;
        }

        try
        {
            var day = await sender.Send(new GetDayMenuQuery(hall, date), cancellationToken);
            return day.Menu;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A 503-worthy menu failure must not fail an hours answer; the published hours still stand.
            LogMenuUnavailable(logger, hall.Id, date, ex.GetType().Name, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hours source threw for {HallId} {Date}")]
    private static partial void LogHoursFailed(ILogger logger, Exception exception, string hallId, DateOnly date);

    [LoggerMessage(Level = LogLevel.Information, Message = "No day menu for the hours of {HallId} {Date} ({Error}: {Message})")]
    private static partial void LogMenuUnavailable(ILogger logger, string hallId, DateOnly date, string error, string message);
}
