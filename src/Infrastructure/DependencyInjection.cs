using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Infrastructure.Caching;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Hours;
using DiningMenus.Infrastructure.Http;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using DiningMenus.Infrastructure.Warming;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace DiningMenus.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Hall registry, cache (Redis when <c>Redis:Configuration</c> is set, else in-memory), upstream clients and vendor sources.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        // The caches, the coalescer and the upstream handlers record into it; Try: AddApplication registers it too.
        services.AddMetrics();
        services.TryAddSingleton<MenusTelemetry>();

        services.AddOptions<HallCatalogOptions>().Bind(configuration.GetSection(HallCatalogOptions.SectionName));
        services.AddSingleton<IHallRegistry, ConfigurationHallRegistry>();

        services.AddCaching(configuration);
        services.AddUpstreamClients(configuration);

        // Transient: sources hold typed HttpClients, whose handlers the factory rotates; a singleton would pin one forever.
        services.AddTransient<IMenuSource, EatecMenuSource>();
        services.AddTransient<IMenuSource, EatecDiscoveredFeedSource>();
        services.AddTransient<IMenuSource, SodexoApiMenuSource>();
        services.AddTransient<IMenuSource, SodexoLocationPageMenuSource>();
        services.AddTransient<IMenuSource, SodexoBiteMenuSource>();
        services.AddTransient<IMenuSource, BonAppetitMenuSource>();

        services.AddHours(configuration);

        services.AddOptions<WarmerOptions>().Bind(configuration.GetSection(WarmerOptions.SectionName));
        services.AddHostedService<MenuWarmer>();
        return services;
    }

    /// <summary>Published hours per vendor, cached in process (see <see cref="PublishedHoursCache"/>).</summary>
    private static void AddHours(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HoursOptions>().Bind(configuration.GetSection(HoursOptions.SectionName));
        services.AddMemoryCache();
        services.AddSingleton<PublishedHoursCache>();
        services.AddTransient<IHallHoursSource, PomonaHallPageHoursSource>();
        services.AddTransient<IHallHoursSource, SodexoLocationPageHoursSource>();
    }

    private static void AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.SectionName));
        services.AddMemoryCache();
        var redis = configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddDistributedMemoryCache();
            services.AddSingleton<ICacheFillLock, InProcessCacheFillLock>();
        }
        else
        {
            services.AddSingleton(sp => new RedisConnection(redis, sp.GetRequiredService<IOptions<CacheOptions>>()));
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
        services.AddSingleton<IRequestCoalescer, RequestCoalescer>();
        services.AddSingleton<ILastGoodMenuStore, DistributedLastGoodMenuStore>();
    }

    private static void AddUpstreamClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UpstreamOptions>().Bind(configuration.GetSection(UpstreamOptions.SectionName));
        services.AddSingleton<UpstreamUrls>();
        services.AddUpstreamCaptures();
        services.AddQuietUpstreamRetries();

        services.AddHttpClient<EatecFeedClient>(ConfigureClient).AddUpstreamResilience("pomona");
        services.AddOptions<PomonaOptions>().Bind(configuration.GetSection(PomonaOptions.SectionName));
        services.AddOptions<SodexoOptions>().Bind(configuration.GetSection(SodexoOptions.SectionName));
        services.AddHttpClient<SodexoClient>(ConfigureClient).AddUpstreamResilience("sodexo");
        services.AddHttpClient<BonAppetitPageClient>(ConfigureClient).AddUpstreamResilience("bonappetit");
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        var options = services.GetRequiredService<IOptions<UpstreamOptions>>().Value;
        client.MaxResponseContentBufferSize = options.MaxResponseBytes;
        client.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds + 5); // the resilience pipeline times out first
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <summary>
    /// Timeouts, bounded retries with jitter and a circuit breaker per upstream host; inside them, per-attempt
    /// metrics tagged with <paramref name="vendor"/>; around and under it all, record and replay when configured.
    /// </summary>
    private static void AddUpstreamResilience(this IHttpClientBuilder builder, string vendor)
    {
        builder.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider services) =>
            {
                var options = services.GetRequiredService<IOptions<UpstreamOptions>>().Value;
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds);
                resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds);
                resilience.Retry.BackoffType = DelayBackoffType.Exponential;
                resilience.Retry.UseJitter = true;
                resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(options.CircuitBreakSeconds);
                // The breaker's sampling window must be at least twice the attempt timeout.
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * options.AttemptTimeoutSeconds + 1));
            })
            .SelectPipelineByAuthority();
        builder.AddHttpMessageHandler(services => new UpstreamTelemetryHandler(services.GetRequiredService<MenusTelemetry>(), vendor));
        builder.AddUpstreamCaptureHandlers();
    }
}
