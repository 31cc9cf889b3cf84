using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Menus.Common;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>Last good menus live in the same shared cache as fresh ones, under their own keys and a far longer life.</summary>
public sealed class DistributedLastGoodMenuStore(IResponseCache cache) : ILastGoodMenuStore
{
    public async Task SaveAsync(DayMenuResult menu, CancellationToken cancellationToken) =>
        await cache.SetAsync(DayMenuCacheKeys.LastGood(menu.Hall.Id, menu.Menu.Date), menu, CacheLifetime.LastGood, cancellationToken);

    public async Task<DayMenuResult?> FindAsync(string hallId, DateOnly date, CancellationToken cancellationToken) =>
        await cache.GetAsync<DayMenuResult>(DayMenuCacheKeys.LastGood(hallId, date), cancellationToken);
}
