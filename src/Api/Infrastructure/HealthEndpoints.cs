namespace DiningMenus.Api.Infrastructure;

public static class HealthEndpoints
{
    /// <summary>/health/live: the process answers (no checks). /health/ready and /health: Redis too, degraded when down.</summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(DependencyInjection.ReadyTag) });
        app.MapHealthChecks("/health");
    }
}
