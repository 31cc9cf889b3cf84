using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Menus.Common;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests;

internal static class FactoryCacheExtensions
{
    /// <summary>
    /// Ends a day's fresh entry as its life would: the answers' clock moves past it and FusionCache (which keeps
    /// time on the system clock) expires it, so it stays only as the fail-safe fallback. The last good copy stays.
    /// </summary>
    public static async Task ExpireFreshDayAsync(this MenusApiFactory factory, string hallId, DateOnly date)
    {
        factory.Clock.Advance(TimeSpan.FromSeconds(new CacheOptions().BaseTtlSeconds + 1));
        await factory.Services.GetRequiredService<AnswerCache>().ExpireAsync<DayMenuResult>(DayMenuCacheKeys.Fresh(hallId, date), CancellationToken.None);
    }
}
