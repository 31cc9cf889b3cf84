using DiningMenus.Application.Menus.Common;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// Keeps the last good menu of every hall and date far longer than the fresh cache entry, so that a
/// failing upstream can still be answered with that same date's menu (marked stale).
/// </summary>
public interface ILastGoodMenuStore
{
    Task SaveAsync(DayMenuResult menu, CancellationToken cancellationToken);

    Task<DayMenuResult?> FindAsync(string hallId, DateOnly date, CancellationToken cancellationToken);
}
