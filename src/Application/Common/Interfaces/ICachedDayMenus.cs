using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// The day cache, read only: a hall's day menu if the cache holds it now, without fetching upstream, coalescing or
/// waiting on another request's fill. For answers that need a menu only to refine what they already know (open-now's
/// hours): when it is cached they answer at once, and only a miss goes through <c>GetDayMenuQuery</c>.
/// The cache core implements it on the same entries <c>CachingBehavior</c> fills (<c>DayMenuCacheKeys.Fresh</c>).
/// </summary>
public interface ICachedDayMenus
{
    /// <summary>The cached day of the hall on the date; null when the cache has none (or cannot be read now).</summary>
    ValueTask<DayMenuResult?> TryGetAsync(Hall hall, DateOnly date, CancellationToken cancellationToken);
}
