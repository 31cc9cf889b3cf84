using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Infrastructure.Caching;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Hours;
using DiningMenus.Infrastructure.Http;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using DiningMenus.Infrastructure.Warming;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Hall registry, cache (Redis when <c>Redis:Configuration</c> is set, else in-memory), upstream HTTP, one
    /// registration per vendor folder and the warmer. Every settings class is validated at start.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        // The caches, the coalescer and the upstream handlers record into it; Try: AddApplication registers it too.
        services.AddMetrics();
        services.TryAddSingleton<MenusTelemetry>();

        services.AddHalls(configuration);
        services.AddCaching(configuration);
        services.AddUpstreamHttp(configuration);
        services.AddPublishedHours(configuration);

        // Each vendor folder registers its settings, client, menu sources and hours source.
        services.AddPomona(configuration);
        services.AddBonAppetit(configuration);
        services.AddSodexo(configuration);

        services.AddValidatedOptions<WarmerOptions, WarmerOptionsValidator>(configuration.GetSection(WarmerOptions.SectionName));
        services.AddHostedService<MenuWarmer>();
        return services;
    }

    /// <summary>Published hours, cached in process (see <see cref="PublishedHoursCache"/>); the vendors register their hours sources.</summary>
    private static void AddPublishedHours(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HoursOptions, HoursOptionsValidator>(configuration.GetSection(HoursOptions.SectionName));
        services.AddMemoryCache();
        services.AddSingleton<PublishedHoursCache>();
    }

    private static void AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CacheOptions, CacheOptionsValidator>(configuration.GetSection(CacheOptions.SectionName));
        var redisSection = configuration.GetSection(RedisOptions.SectionName);
        services.AddValidatedOptions<RedisOptions, RedisOptionsValidator>(redisSection);
        services.AddMemoryCache();
        if (!redisSection.ReadAtRegistration<RedisOptions>().IsConfigured)
        {
            services.AddDistributedMemoryCache();
            services.AddSingleton<ICacheFillLock, InProcessCacheFillLock>();
        }
        else
        {
            services.AddSingleton<RedisConnection>();
            services.AddStackExchangeRedisCache(_ => { });
            services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((o, connection) =>
            {
                o.InstanceName = connection.KeyPrefix;
                o.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
            });
            services.AddSingleton<ICacheFillLock, RedisCacheFillLock>();
        }

        services.AddSingleton(sp => new CacheTtlPolicy(sp.GetRequiredService<IOptions<CacheOptions>>(), Random.Shared));
        services.AddSingleton<CacheCircuitBreaker>();
        services.AddSingleton<IResponseCache, JitteredDistributedCache>();
        services.AddSingleton<ICachedDayMenus, CachedDayMenuReader>();
        services.AddSingleton<IRequestCoalescer, RequestCoalescer>();
        services.AddSingleton<ILastGoodMenuStore, DistributedLastGoodMenuStore>();
    }
}
