namespace DiningMenus.Api.Infrastructure;

/// <summary>The <c>RateLimiting</c> configuration section: a fixed window of requests per client IP.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public const string PolicyName = "per-client";

    public int PermitLimit { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}
