using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// Last good menus live in the same shared cache as fresh ones, under their own keys and a far longer life.
/// A reduced read is saved only after checking that no full copy of its date is kept (the fidelity rule of
/// <see cref="ILastGoodMenuStore"/>). The check and the write are two cache calls, not one atomic step: two reads
/// of the same hall and date racing each other could still let the reduced one land last, which costs one poorer
/// copy until the next full read, never a wrong date.
/// </summary>
public sealed class DistributedLastGoodMenuStore(IResponseCache cache) : ILastGoodMenuStore
{
    public async Task SaveAsync(DayMenuResult menu, CancellationToken cancellationToken)
    {
        var key = DayMenuCacheKeys.LastGood(menu.Hall.Id, menu.Menu.Date);
        if (menu.Menu.Fidelity == ReadFidelity.Reduced
            && await cache.GetAsync<DayMenuResult>(key, cancellationToken) is { Menu.Fidelity: ReadFidelity.Full })
        {
            return;
        }

        await cache.SetAsync(key, menu, CacheLifetime.LastGood, cancellationToken);
    }

    public async Task<DayMenuResult?> FindAsync(string hallId, DateOnly date, CancellationToken cancellationToken) =>
        await cache.GetAsync<DayMenuResult>(DayMenuCacheKeys.LastGood(hallId, date), cancellationToken);
}
