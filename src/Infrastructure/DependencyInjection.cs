using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Infrastructure.Alerts;
using DiningMenus.Infrastructure.Archive;
using DiningMenus.Infrastructure.Caching;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Hours;
using DiningMenus.Infrastructure.Http;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using DiningMenus.Infrastructure.Warming;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Locking.Distributed.Redis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace DiningMenus.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Hall registry, cache (Redis when <c>Redis:Configuration</c> is set, else in-memory), the menu archive (the last
    /// good copies), upstream HTTP, one registration per vendor folder and the warmer. Every settings class is
    /// validated at start.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        // The caches and the upstream handlers record into it; Try: AddApplication registers it too.
        services.AddMetrics();
        services.TryAddSingleton<MenusTelemetry>();

        services.AddHalls(configuration);
        services.AddCaching(configuration);
        services.AddArchive(configuration);
        services.AddAlerts(configuration);
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
        services.AddSingleton<PublishedHoursCache>();
    }

    /// <summary>
    /// The cache core, FusionCache: process memory (L1) in front of Redis (L2, through <see cref="JitteredDistributedCache"/>),
    /// with Redis' backplane and distributed locker, when <c>Redis:Configuration</c> is set; L1 alone otherwise.
    /// Whatever Redis does, a request never waits on it longer than <c>Cache:OperationTimeoutMilliseconds</c>: a
    /// failed call is a miss, then Redis is left alone for <c>Cache:BreakerSeconds</c>; notifications missed while
    /// it was away are sent again when it returns (auto-recovery).
    /// </summary>
    private static void AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var redisSection = configuration.GetSection(RedisOptions.SectionName);
        services.AddValidatedOptions<RedisOptions, RedisOptionsValidator>(redisSection);
        var redis = redisSection.ReadAtRegistration<RedisOptions>().IsConfigured;
        if (redis)
        {
            services.AddSingleton<RedisConnection>();
            services.AddStackExchangeRedisCache(_ => { });
            services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((o, connection) =>
            {
                o.InstanceName = connection.KeyPrefix;
                o.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
            });
        }

        services.AddFusionCache()
            .WithOptions((sp, o) => Configure(o, sp.GetRequiredService<IOptions<CacheOptions>>().Value))
            .WithDefaultEntryOptions(_ => { })
            .WithSerializer(new FusionCacheSystemTextJsonSerializer(CacheJson.Options))
            .WithPostSetup((sp, cache) =>
            {
                var cacheOptions = sp.GetRequiredService<IOptions<CacheOptions>>();
                var menus = sp.GetRequiredService<IOptions<MenusOptions>>().Value;
                ConfigureEntries(cache.DefaultEntryOptions, cacheOptions.Value, menus);
                // L2: the registered distributed cache (Redis when configured); the in-memory one would only copy L1.
                if (sp.GetService<IDistributedCache>() is { } l2 and not MemoryDistributedCache)
                {
                    cache.SetupDistributedCache(new JitteredDistributedCache(l2, cacheOptions, Random.Shared));
                }

                if (redis)
                {
                    var connection = sp.GetRequiredService<RedisConnection>();
                    Func<Task<IConnectionMultiplexer>> multiplexer = () => Task.FromResult(connection.Multiplexer);
                    cache.SetupBackplane(new RedisBackplane(
                        new RedisBackplaneOptions { ConnectionMultiplexerFactory = multiplexer }, sp.GetService<ILogger<RedisBackplane>>()));
                    cache.SetupDistributedLocker(new InstanceLockNames(
                        new RedisDistributedLocker(
                            new RedisDistributedLockerOptions { ConnectionMultiplexerFactory = multiplexer }, sp.GetService<ILogger<RedisDistributedLocker>>()),
                        connection.KeyPrefix));
                }
            });
    }

    private static void Configure(FusionCacheOptions fusion, CacheOptions options)
    {
        // The backplane channel carries the prefix, so services sharing one Redis never evict each other's entries.
        fusion.BackplaneChannelPrefix = options.InstanceName + "backplane";
        fusion.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(options.BreakerSeconds);
        fusion.BackplaneCircuitBreakerDuration = TimeSpan.FromSeconds(options.BreakerSeconds);
        fusion.EnableAutoRecovery = true;
        // A late or failed fetch is already logged once by the caching behavior and the orchestrator.
        fusion.FactorySyntheticTimeoutsLogLevel = LogLevel.Debug;
        fusion.FailSafeActivationLogLevel = LogLevel.Information;
        // It warns that System.Text.Json drops value tuples' fields; no cached type holds a value tuple.
        fusion.SerializationConfigIssuesLogLevel = LogLevel.Debug;
    }

    /// <summary>What every entry gets unless the caller adapts it (lives follow their answers: <see cref="AnswerCache"/>).</summary>
    private static void ConfigureEntries(FusionCacheEntryOptions entry, CacheOptions options, MenusOptions menus)
    {
        entry.Duration = TimeSpan.FromSeconds(options.BaseTtlSeconds);
        entry.IsFailSafeEnabled = true;
        entry.FailSafeMaxDuration = TimeSpan.FromHours(options.FailSafeMaxHours);
        entry.FailSafeThrottleDuration = TimeSpan.FromSeconds(menus.RetryAfterSeconds);
        entry.AllowTimedOutFactoryBackgroundCompletion = true;
        entry.EagerRefreshThreshold = options.RefreshAheadFraction > 0 ? (float)(1 - options.RefreshAheadFraction) : null;
        // Written before the answer goes out, so a second instance asked next finds it; each Redis call is bounded
        // by Cache:OperationTimeoutMilliseconds in the adapter, where a timeout also opens FusionCache's breaker.
        entry.AllowBackgroundDistributedCacheOperations = false;
        entry.ReThrowSerializationExceptions = false;
    }
}
