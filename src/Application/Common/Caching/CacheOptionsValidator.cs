using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Application.Common.Caching;

internal sealed class CacheOptionsValidator : SettingsValidator<CacheOptions>
{
    public CacheOptionsValidator()
    {
        // Thirty days at most: base + jitter stays far from int overflow, and a menu is not worth keeping longer.
        RuleFor(o => o.BaseTtlSeconds).InclusiveBetween(1, 30 * 86_400);
        // Base ± jitter must stay positive, or fresh entries would expire at once (or the TTL draw would throw).
        RuleFor(o => o.JitterSeconds).GreaterThanOrEqualTo(0);
        RuleFor(o => o.JitterSeconds).LessThan(o => o.BaseTtlSeconds)
            .WithMessage(o => $"'{KeyOf(nameof(o.JitterSeconds))}' must be less than {KeyOf(nameof(o.BaseTtlSeconds))} ({o.BaseTtlSeconds}).");
        RuleFor(o => o.ShortTtlSeconds).GreaterThanOrEqualTo(1);
        RuleFor(o => o.ShortTtlSeconds).LessThanOrEqualTo(o => o.BaseTtlSeconds)
            .WithMessage(o => $"'{KeyOf(nameof(o.ShortTtlSeconds))}' must be at most {KeyOf(nameof(o.BaseTtlSeconds))} ({o.BaseTtlSeconds}): it is the short life.");
        RuleFor(o => o.LastGoodDays).InclusiveBetween(1, 3650);
        RuleFor(o => o.FetchTimeoutSeconds).InclusiveBetween(1, 3600);
        RuleFor(o => o.FailSafeMaxHours).InclusiveBetween(1, 24 * 30);
        RuleFor(o => o.OperationTimeoutMilliseconds).InclusiveBetween(1, 60_000);
        // FusionCache refreshes eagerly at (1 - fraction) of an entry's life; 0 turns it off.
        RuleFor(o => o.RefreshAheadFraction).GreaterThanOrEqualTo(0).LessThan(1);
        RuleFor(o => o.BreakerSeconds).InclusiveBetween(0, 3600);
        RuleFor(o => o.RedisConnectTimeoutMilliseconds).GreaterThanOrEqualTo(1);
        // An empty prefix would mix this service's keys with those of any other service sharing the Redis.
        RuleFor(o => o.InstanceName).NotEmpty();
    }
}
