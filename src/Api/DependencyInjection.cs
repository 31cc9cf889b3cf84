using System.Reflection;
using System.Text.Json;
using DiningMenus.Api.Infrastructure;
using DiningMenus.Infrastructure.Caching;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.OpenApi;

namespace DiningMenus.Api;

public static class DependencyInjection
{
    /// <summary>Health checks with this tag run on /health/ready; /health/live runs none (the process answers).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Controllers with snake_case JSON, problem details, Swagger and health checks.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddControllers()
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
                o.JsonSerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
            });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));
        services.AddPerClientRateLimiting(configuration);

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "DiningMenus API",
                Version = "v2",
                Description = "Menus of the seven Claremont Colleges dining halls (Frank, Frary, Oldenborg, Collins, Malott, McConnell, Hoch-Shanahan).",
            });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            o.IncludeXmlComments(xml);
        });

        var health = services.AddHealthChecks();
        if (!string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]))
        {
            // Degraded, not unhealthy: without Redis the service still answers (from upstream and its in-process L1).
            health.AddRedis(
                sp => sp.GetRequiredService<RedisConnection>().Multiplexer,
                name: "redis",
                failureStatus: HealthStatus.Degraded,
                tags: [ReadyTag],
                timeout: TimeSpan.FromSeconds(2));
        }

        return services;
    }
}
