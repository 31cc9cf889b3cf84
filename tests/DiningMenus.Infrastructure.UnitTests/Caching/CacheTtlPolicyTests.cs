using DiningMenus.Application.Common.Models;
using DiningMenus.Infrastructure.Caching;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.Caching;

public sealed class CacheTtlPolicyTests
{
    [Test]
    public void Fresh_lifetimes_are_whole_seconds_within_1800_plus_or_minus_300_and_spread_over_the_range()
    {
        var policy = new CacheTtlPolicy(Options.Create(new CacheOptions()), new Random(20251201));

        var seconds = Enumerable.Range(0, 10_000).Select(_ => policy.For(CacheLifetime.Fresh).TotalSeconds).ToList();

        Assert.That(seconds, Is.All.InRange(1500, 2100));
        Assert.That(seconds, Is.All.Matches<double>(s => s == Math.Floor(s)), "whole seconds");
        Assert.That(seconds.Min(), Is.EqualTo(1500), "the lower bound is reachable");
        Assert.That(seconds.Max(), Is.EqualTo(2100), "the upper bound is reachable");
        Assert.That(seconds.Distinct().Count(), Is.GreaterThan(550), "jitter spreads entries over the window");
    }

    [Test]
    public void Zero_jitter_gives_exactly_the_base_ttl()
    {
        var policy = new CacheTtlPolicy(Options.Create(new CacheOptions { BaseTtlSeconds = 60, JitterSeconds = 0 }), new Random(1));

        Assert.That(policy.For(CacheLifetime.Fresh), Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public void Short_and_last_good_lifetimes_come_from_their_settings()
    {
        var policy = new CacheTtlPolicy(Options.Create(new CacheOptions { ShortTtlSeconds = 45, LastGoodDays = 9 }), new Random(1));

        Assert.That(policy.For(CacheLifetime.Short), Is.EqualTo(TimeSpan.FromSeconds(45)));
        Assert.That(policy.For(CacheLifetime.LastGood), Is.EqualTo(TimeSpan.FromDays(9)));
    }
}
