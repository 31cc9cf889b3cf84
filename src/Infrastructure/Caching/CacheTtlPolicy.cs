using DiningMenus.Application.Common.Models;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>
/// Turns a <see cref="CacheLifetime"/> into seconds. Fresh entries get BaseTtl ± Jitter, uniform and whole,
/// so that menus cached in one burst do not all expire in the same second.
/// </summary>
public sealed class CacheTtlPolicy(IOptions<CacheOptions> options, Random random)
{
    public TimeSpan For(CacheLifetime lifetime)
    {
        var o = options.Value;
        return lifetime switch
        {
            CacheLifetime.Fresh => TimeSpan.FromSeconds(Math.Max(1, o.BaseTtlSeconds + random.Next(-o.JitterSeconds, o.JitterSeconds + 1))),
            CacheLifetime.Short => TimeSpan.FromSeconds(Math.Max(1, o.ShortTtlSeconds)),
            CacheLifetime.LastGood => TimeSpan.FromDays(Math.Max(1, o.LastGoodDays)),
            _ => throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, null),
        };
    }
}
