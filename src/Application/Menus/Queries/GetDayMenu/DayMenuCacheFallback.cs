using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;

namespace DiningMenus.Application.Menus.Queries.GetDayMenu;

/// <summary>A day menu that cannot be fetched in time falls back to the last good copy of the same date, never another.</summary>
public sealed class DayMenuCacheFallback(MenuFallbackOrchestrator orchestrator) : ICacheFallback<GetDayMenuQuery, DayMenuResult>
{
    public async Task<DayMenuResult?> FindAsync(GetDayMenuQuery message, CancellationToken cancellationToken) =>
        await orchestrator.FindStaleAsync(message.Hall, message.Date, cancellationToken);

    public DayMenuResult AsStale(DayMenuResult response) => response with { IsStale = true };

    public string UnavailableDetail(GetDayMenuQuery message) => MenuFallbackOrchestrator.UnavailableDetail(message.Hall, message.Date);
}
