using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Caching;

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
        RuleFor(o => o.CoalesceTimeoutSeconds).GreaterThanOrEqualTo(1);
        RuleFor(o => o.OperationTimeoutMilliseconds).GreaterThanOrEqualTo(1);
        RuleFor(o => o.L1Seconds).GreaterThanOrEqualTo(0);
        RuleFor(o => o.RefreshAheadFraction).GreaterThanOrEqualTo(0).LessThan(1);
        RuleFor(o => o.BreakerFailureThreshold).GreaterThanOrEqualTo(1);
        RuleFor(o => o.BreakerSeconds).GreaterThanOrEqualTo(1);
        RuleFor(o => o.RedisConnectTimeoutMilliseconds).GreaterThanOrEqualTo(1);
        // The lock must outlive the fetch it guards, or a second instance would start the same fetch meanwhile.
        RuleFor(o => o.FillLockSeconds).GreaterThanOrEqualTo(o => o.CoalesceTimeoutSeconds)
            .WithMessage(o => $"'{KeyOf(nameof(o.FillLockSeconds))}' must be at least {KeyOf(nameof(o.CoalesceTimeoutSeconds))} ({o.CoalesceTimeoutSeconds}): the lock must outlive the fetch it guards.");
        RuleFor(o => o.FillWaitSeconds).GreaterThanOrEqualTo(0);
        RuleFor(o => o.FillPollMilliseconds).GreaterThanOrEqualTo(1);
        // An empty prefix would mix this service's keys with those of any other service sharing the Redis.
        RuleFor(o => o.InstanceName).NotEmpty();
    }
}
