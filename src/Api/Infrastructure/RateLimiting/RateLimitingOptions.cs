namespace DiningMenus.Api.Infrastructure.RateLimiting;

/// <summary>
/// The <c>RateLimiting</c> configuration section: a token bucket per client address, and one for the operator's
/// admin calls. The defaults and why they fit one dorm behind one address are in the README ("Rate limiting").
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Every public request from one client address (IPv6: its /64) spends from this bucket.</summary>
    public TokenBucketSettings Client { get; set; } = new() { TokenLimit = 600, TokensPerPeriod = 10, ReplenishmentSeconds = 1 };

    /// <summary>Admin calls carrying the configured key spend from this bucket instead, whatever their address.</summary>
    public TokenBucketSettings Admin { get; set; } = new() { TokenLimit = 120, TokensPerPeriod = 2, ReplenishmentSeconds = 1 };
}
