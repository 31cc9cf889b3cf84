namespace DiningMenus.Api.Infrastructure;

public static class HealthEndpoints
{
    /// <summary>Every health route starts here (a probe from this machine spends no rate-limit tokens).</summary>
    public const string PathPrefix = "/health";

    /// <summary>/health/live: the process answers (no checks). /health/ready and /health: Redis too, degraded when down.</summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(PathPrefix + "/live", new() { Predicate = _ => false });
        app.MapHealthChecks(PathPrefix + "/ready", new() { Predicate = check => check.Tags.Contains(DependencyInjection.ReadyTag) });
        app.MapHealthChecks(PathPrefix);
    }
}
