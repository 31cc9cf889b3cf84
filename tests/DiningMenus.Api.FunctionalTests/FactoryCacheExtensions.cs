using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests;

internal static class FactoryCacheExtensions
{
    /// <summary>Drops a day's fresh cache entry (as its TTL would), leaving the last good copy in place.</summary>
    public static async Task ExpireFreshDayAsync(this MenusApiFactory factory, string hallId, DateOnly date) =>
        await factory.Services.GetRequiredService<IResponseCache>().RemoveAsync(DayMenuCacheKeys.Fresh(hallId, date), CancellationToken.None);
}
