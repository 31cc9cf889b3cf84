using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Menus.Common;

/// <summary>A hall's day menu together with where and when it was read; what the day cache stores.</summary>
/// <param name="Hall">The hall the menu belongs to.</param>
/// <param name="Menu">The day as the source published it.</param>
/// <param name="Source">The <see cref="IMenuSource.Name"/> that produced the menu.</param>
/// <param name="FetchedAt">When the source was read (UTC); for a stale answer, when the old copy was read.</param>
/// <param name="IsStale">True when every source failed and this is the last good copy of the same date.</param>
public sealed record DayMenuResult(Hall Hall, DayMenu Menu, string Source, DateTimeOffset FetchedAt, bool IsStale)
    : ICacheableResponse
{
    /// <summary>
    /// A stale answer is a failed fetch, remembered for the retry window; unpublished and reduced answers (a page
    /// read without its menu data) are cached briefly so that upstream is asked again soon.
    /// </summary>
    public CacheLifetime CacheLifetime =>
        IsStale ? CacheLifetime.Failed
        : Menu.Status == DayStatus.Unpublished || Menu.Fidelity == ReadFidelity.Reduced ? CacheLifetime.Short
        : CacheLifetime.Fresh;
}
