namespace DiningMenus.Api.Infrastructure.RateLimiting;

/// <summary>
/// One token bucket: a request spends a token; <see cref="TokensPerPeriod"/> come back every
/// <see cref="ReplenishmentSeconds"/>, up to <see cref="TokenLimit"/>. The limit is the burst a client may send at
/// once, the refill its sustained rate.
/// </summary>
public sealed class TokenBucketSettings
{
    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public int ReplenishmentSeconds { get; set; } = 1;
}
