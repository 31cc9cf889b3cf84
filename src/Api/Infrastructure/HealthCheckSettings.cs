namespace DiningMenus.Api.Infrastructure;

/// <summary>The <c>HealthChecks</c> configuration section.</summary>
public sealed class HealthCheckSettings
{
    public const string SectionName = "HealthChecks";

    /// <summary>Bound on the Redis check of /health/ready, so a hung Redis cannot hang the probe.</summary>
    public int RedisTimeoutSeconds { get; set; } = 2;
}
