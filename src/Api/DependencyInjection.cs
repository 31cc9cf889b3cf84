using System.Reflection;
using System.Text.Json;
using DiningMenus.Api.Infrastructure;
using Microsoft.OpenApi;

namespace DiningMenus.Api;

public static class DependencyInjection
{
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
        var redis = configuration["Redis:Configuration"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            health.AddRedis(redis, name: "redis", failureStatus: Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded);
        }

        return services;
    }
}
