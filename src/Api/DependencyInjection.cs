using System.IO.Compression;
using System.Text.Json;
using DiningMenus.Api.Controllers;
using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using DiningMenus.Api.Infrastructure.Proxies;
using DiningMenus.Api.Infrastructure.RateLimiting;
using DiningMenus.Application.Common.Options;
using DiningMenus.Api.ModelBinding;
using DiningMenus.Application.Menus.Queries.GetMenu;
using DiningMenus.Infrastructure.Archive;
using DiningMenus.Infrastructure.Caching;
using HealthChecks.Redis;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace DiningMenus.Api;

public static class DependencyInjection
{
    /// <summary>Health checks with this tag run on /health/ready; /health/live runs none (the process answers).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Controllers with snake_case JSON and HTTP caching headers, problem details, response compression,
    /// CORS for the configured frontends, Swagger, admin key, known proxies, rate limiting, replayed answers and
    /// health checks.
    /// </summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddControllers(o => o.Filters.Add<HttpCacheHeadersFilter>())
            .AddRequestValueBinding()
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
                o.JsonSerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
            });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            // An error says nothing lasting about the resource: no cache may keep it.
            context.HttpContext.Response.Headers.CacheControl = "no-store";
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddValidatedOptions<AdminOptions, AdminOptionsValidator>(configuration.GetSection(AdminOptions.SectionName));
        services.AddKnownProxies(configuration);
        services.AddClientRateLimiting(configuration);
        services.AddAlertCreationRateLimiting();

        services.AddMenuCompression();
        services.AddPublicAnswerOutputCache(configuration);
        services.AddFrontendCors(configuration);
        services.AddMenusSwagger();
        services.AddReadinessChecks(configuration);
        return services;
    }

    /// <summary>
    /// The checks of /health/ready: the archive's database, and Redis when it is configured
    /// (<c>Redis:Configuration</c>), bounded by <c>HealthChecks:RedisTimeoutSeconds</c>. Both degraded, not
    /// unhealthy: without its archive the service still serves menus (search answers 503), and without Redis
    /// it still answers (from upstream and its in-process L1).
    /// </summary>
    private static void AddReadinessChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HealthCheckSettings, HealthCheckSettingsValidator>(configuration.GetSection(HealthCheckSettings.SectionName));
        services.AddHealthChecks()
            .AddDbContextCheck<ArchiveDbContext>("archive", HealthStatus.Degraded, [ReadyTag]);
        services.AddOptions<HealthCheckServiceOptions>()
            .Configure<IOptions<RedisOptions>, IOptions<HealthCheckSettings>>((health, redis, settings) =>
            {
                if (redis.Value.IsConfigured)
                {
                    health.Registrations.Add(new HealthCheckRegistration(
                        "redis",
                        provider => new RedisHealthCheck(provider.GetRequiredService<RedisConnection>().Multiplexer),
                        HealthStatus.Degraded,
                        [ReadyTag],
                        TimeSpan.FromSeconds(settings.Value.RedisTimeoutSeconds)));
                }
            });
    }

    /// <summary>Brotli, else gzip; over HTTPS too, since menu bodies carry no secrets to leak by compression (BREACH).</summary>
    private static void AddMenuCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
    }

    /// <summary>
    /// The default CORS policy: the origins in <c>Cors:AllowedOrigins</c> (none by default) may GET and HEAD. Every
    /// header a client may read is exposed: ETag (revalidate), Retry-After (back off after 429 and 503), Age (how old a
    /// replayed answer is) and X-Hours-Unknown (open-now's halls without known hours).
    /// </summary>
    private static void AddFrontendCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CorsSettings, CorsSettingsValidator>(configuration.GetSection(CorsSettings.SectionName));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. settings.Value.AllowedOrigins])
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders(HeaderNames.IfNoneMatch, HeaderNames.Accept)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter, HeaderNames.Age, OpenNowController.UnknownHeader)));
    }

    /// <summary>Swagger from the controllers' and the Application DTOs' XML docs.</summary>
    private static void AddMenusSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "DiningMenus API",
                Version = "v2",
                Description = "Menus of the seven Claremont Colleges dining halls (Frank, Frary, Oldenborg, Collins, Malott, McConnell, Hoch-Shanahan) "
                    + "and of any other café its configuration adds (GET /api/v2/halls lists them).",
            });
            o.AddSecurityDefinition(AdminApiKeyOperationFilter.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AdminApiKeyAttribute.HeaderName,
                Description = "The Admin:ApiKey of the deployment; the admin endpoints answer 404 while none is configured.",
            });
            o.OperationFilter<AdminApiKeyOperationFilter>();
            o.AddSecurityDefinition(AlertSecretOperationFilter.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An alert's secret (whsec_…), as POST /api/v2/alerts returned it; a wrong one is answered 404.",
            });
            o.OperationFilter<AlertSecretOperationFilter>();
            foreach (var assembly in new[] { typeof(DependencyInjection).Assembly, typeof(GetMenuQuery).Assembly })
            {
                o.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml"));
            }
        });
    }
}
