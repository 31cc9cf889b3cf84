using DiningMenus.Application.Common.Caching;
using DiningMenus.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using Moq;

namespace DiningMenus.Infrastructure.UnitTests.Caching;

/// <summary>The second level's expiries: whole seconds, and a fresh entry's life spread by the jitter.</summary>
public sealed class JitteredDistributedCacheTests
{
    private static (JitteredDistributedCache Cache, List<TimeSpan?> Lives) Over(int baseSeconds = 1800, int jitterSeconds = 300)
    {
        var lives = new List<TimeSpan?>();
        var inner = new Mock<IDistributedCache>();
        inner.Setup(c => c.SetAsync(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<DistributedCacheEntryOptions>(), It.IsAny<CancellationToken>()))
            .Callback((string _, byte[] _, DistributedCacheEntryOptions o, CancellationToken _) => lives.Add(o.AbsoluteExpirationRelativeToNow))
            .Returns(Task.CompletedTask);
        var options = Options.Create(new CacheOptions { BaseTtlSeconds = baseSeconds, JitterSeconds = jitterSeconds });
        return (new JitteredDistributedCache(inner.Object, options, new Random(7)), lives);
    }

    [Test]
    public async Task A_fresh_entry_lives_the_base_plus_or_minus_the_jitter_in_whole_seconds_and_the_lives_differ()
    {
        var (cache, lives) = Over();

        for (var i = 0; i < 200; i++)
        {
            // As FusionCache states it: an absolute instant, a few milliseconds short of the base life by the time it arrives.
            var at = DateTimeOffset.UtcNow.AddSeconds(1800).AddMilliseconds(-3);
            await cache.SetAsync($"k{i}", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = at });
        }

        Assert.That(lives.Select(l => l!.Value.TotalSeconds), Is.All.InRange(1500, 2100));
        Assert.That(lives.Select(l => l!.Value.TotalSeconds % 1), Is.All.EqualTo(0), "whole seconds");
        Assert.That(lives.Distinct().Count(), Is.GreaterThan(50), "spread, not one shared expiry");
    }

    [TestCase(60)]
    [TestCase(1)]
    public async Task A_shorter_life_is_kept_as_asked_in_whole_seconds(int seconds)
    {
        var (cache, lives) = Over();

        await cache.SetAsync("k", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds - 0.4) });

        Assert.That(lives.Single(), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public async Task Without_jitter_a_fresh_entry_lives_exactly_the_base()
    {
        var (cache, lives) = Over(jitterSeconds: 0);

        await cache.SetAsync("k", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(1800) });

        Assert.That(lives.Single(), Is.EqualTo(TimeSpan.FromSeconds(1800)));
    }

    [Test]
    public void A_call_that_hangs_fails_with_a_timeout_at_the_bound_so_that_the_breaker_can_open()
    {
        var inner = new Mock<IDistributedCache>();
        inner.Setup(c => c.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(new TaskCompletionSource<byte[]?>().Task);
        inner.Setup(c => c.SetAsync(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<DistributedCacheEntryOptions>(), It.IsAny<CancellationToken>()))
            .Returns(new TaskCompletionSource().Task); // both ignore their token, like a dead connection
        var cache = new JitteredDistributedCache(inner.Object, Options.Create(new CacheOptions { OperationTimeoutMilliseconds = 50 }), new Random(7));

        Assert.ThrowsAsync<TimeoutException>(async () => await cache.GetAsync("k").WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.ThrowsAsync<TimeoutException>(async () =>
            await cache.SetAsync("k", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) }).WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
