using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// Last good menus live in the same cache as fresh ones (Redis and process memory), under their own keys and for
/// <c>Cache:LastGoodDays</c>. A reduced read is saved only after checking that no full copy of its date is kept
/// (the fidelity rule of <see cref="ILastGoodMenuStore"/>). The check and the write are two cache calls, not one
/// atomic step: two reads of the same hall and date racing each other could still let the reduced one land last,
/// which costs one poorer copy until the next full read, never a wrong date.
/// </summary>
public sealed class CachedLastGoodMenuStore(IFusionCache cache, IOptions<CacheOptions> options) : ILastGoodMenuStore
{
    public async Task SaveAsync(DayMenuResult menu, CancellationToken cancellationToken)
    {
        var key = DayMenuCacheKeys.LastGood(menu.Hall.Id, menu.Menu.Date);
        if (menu.Menu.Fidelity == ReadFidelity.Reduced
            && await cache.GetOrDefaultAsync<DayMenuResult>(key, token: cancellationToken) is { Menu.Fidelity: ReadFidelity.Full })
        {
            return;
        }

        await cache.SetAsync(key, menu, Kept, token: cancellationToken);
    }

    public async Task<DayMenuResult?> FindAsync(string hallId, DateOnly date, CancellationToken cancellationToken) =>
        await cache.GetOrDefaultAsync<DayMenuResult>(DayMenuCacheKeys.LastGood(hallId, date), token: cancellationToken);

    // The copy is the fallback itself: no fail-safe life beyond its own.
    private FusionCacheEntryOptions Kept =>
        cache.CreateEntryOptions(o => o.IsFailSafeEnabled = false, TimeSpan.FromDays(options.Value.LastGoodDays));
}
