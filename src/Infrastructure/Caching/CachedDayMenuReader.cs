using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// <see cref="ICachedDayMenus"/> on the day cache: the fresh entry of the hall and date as <see cref="IResponseCache"/>
/// reads it (the in-process copy, else Redis within <c>Cache:OperationTimeoutMilliseconds</c>; a failed read is a miss).
/// </summary>
public sealed class CachedDayMenuReader(IResponseCache cache) : ICachedDayMenus
{
    public ValueTask<DayMenuResult?> TryGetAsync(Hall hall, DateOnly date, CancellationToken cancellationToken) =>
        cache.GetAsync<DayMenuResult>(DayMenuCacheKeys.Fresh(hall.Id, date), cancellationToken);
}
