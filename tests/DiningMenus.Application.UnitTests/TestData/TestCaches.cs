using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace DiningMenus.Application.UnitTests.TestData;

/// <summary>A real FusionCache in memory, with the entry defaults the service gives it, behind an <see cref="AnswerCache"/>.</summary>
internal static class TestCaches
{
    public static FusionCache Memory(int retryAfterSeconds = 60)
    {
        var cache = new FusionCache(new FusionCacheOptions());
        cache.DefaultEntryOptions.IsFailSafeEnabled = true;
        cache.DefaultEntryOptions.FailSafeMaxDuration = TimeSpan.FromHours(24);
        cache.DefaultEntryOptions.FailSafeThrottleDuration = TimeSpan.FromSeconds(retryAfterSeconds);
        cache.DefaultEntryOptions.AllowTimedOutFactoryBackgroundCompletion = true;
        return cache;
    }

    public static AnswerCache Answers(IFusionCache cache, TimeProvider clock, MenusOptions? menus = null) =>
        new(cache, clock, Options.Create(new CacheOptions()), Options.Create(menus ?? new MenusOptions()), NullLogger<AnswerCache>.Instance);
}
