using DiningMenus.Application.Common.Models;
using DiningMenus.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DiningMenus.Infrastructure.UnitTests.Caching;

public sealed class JitteredDistributedCacheTests
{
    public sealed record Entry(string Name, DateOnly Date);

    private static JitteredDistributedCache Over(IDistributedCache inner, int timeoutMs = 200, TimeProvider? clock = null, int l1Seconds = 0)
    {
        var options = Options.Create(new CacheOptions { OperationTimeoutMilliseconds = timeoutMs, L1Seconds = l1Seconds });
        return new JitteredDistributedCache(
            inner,
            new MemoryCache(Options.Create(new MemoryCacheOptions())),
            new CacheTtlPolicy(options, new Random(7)),
            new CacheCircuitBreaker(options),
            clock ?? TimeProvider.System,
            options,
            NullLogger<JitteredDistributedCache>.Instance);
    }

    private static MemoryDistributedCache Memory() => new(Options.Create(new MemoryDistributedCacheOptions()));

    [Test]
    public async Task Values_round_trip_as_json_with_a_jittered_absolute_expiry()
    {
        var inner = new Mock<IDistributedCache>();
        byte[]? stored = null;
        DistributedCacheEntryOptions? entry = null;
        inner.Setup(c => c.SetAsync("k", It.IsAny<byte[]>(), It.IsAny<DistributedCacheEntryOptions>(), It.IsAny<CancellationToken>()))
            .Callback((string _, byte[] bytes, DistributedCacheEntryOptions o, CancellationToken _) => { stored = bytes; entry = o; })
            .Returns(Task.CompletedTask);
        inner.Setup(c => c.GetAsync("k", It.IsAny<CancellationToken>())).ReturnsAsync(() => stored);
        var cache = Over(inner.Object);

        await cache.SetAsync("k", new Entry("Frary", new DateOnly(2025, 12, 1)), CacheLifetime.Fresh, CancellationToken.None);
        var read = await cache.GetAsync<Entry>("k", CancellationToken.None);

        Assert.That(read, Is.EqualTo(new Entry("Frary", new DateOnly(2025, 12, 1))));
        Assert.That(entry!.AbsoluteExpirationRelativeToNow!.Value.TotalSeconds, Is.InRange(1500, 2100));
    }

    [Test]
    public async Task A_cache_that_hangs_is_a_miss_after_the_timeout_and_a_skipped_write()
    {
        var inner = new Mock<IDistributedCache>();
        var never = new TaskCompletionSource<byte[]?>().Task;
        inner.Setup(c => c.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(never);
        inner.Setup(c => c.SetAsync(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<DistributedCacheEntryOptions>(), It.IsAny<CancellationToken>()))
            .Returns(new TaskCompletionSource().Task);
        var cache = Over(inner.Object, timeoutMs: 50);

        var read = cache.GetAsync<Entry>("k", CancellationToken.None).AsTask();
        var write = cache.SetAsync("k", new Entry("x", default), CacheLifetime.Fresh, CancellationToken.None).AsTask();
        var both = Task.WhenAll(read, write);
        var finished = await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.That(finished, Is.SameAs(both), "the adapter gave up on the hung cache");
        Assert.That(await read, Is.Null);
    }

    [Test]
    public async Task A_cache_that_throws_is_a_miss_and_a_skipped_write()
    {
        var inner = new Mock<IDistributedCache>();
        inner.Setup(c => c.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("connection refused"));
        inner.Setup(c => c.SetAsync(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<DistributedCacheEntryOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("connection refused"));
        var cache = Over(inner.Object);

        Assert.That(await cache.GetAsync<Entry>("k", CancellationToken.None), Is.Null);
        Assert.DoesNotThrowAsync(async () => await cache.SetAsync("k", new Entry("x", default), CacheLifetime.Fresh, CancellationToken.None));
    }

    [Test]
    public async Task An_unreadable_entry_is_a_miss()
    {
        var inner = Memory();
        await inner.SetAsync("k", "not json"u8.ToArray());

        Assert.That(await Over(inner).GetAsync<Entry>("k", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task An_entry_is_due_for_refresh_only_in_the_last_tenth_of_its_life_and_gone_after_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 12, 1, 20, 0, 0, TimeSpan.Zero));
        var cache = Over(Memory(), clock: clock);
        await cache.SetAsync("k", new Entry("Frary", default), CacheLifetime.Short, CancellationToken.None); // 60 s

        clock.Advance(TimeSpan.FromSeconds(53));
        var early = await cache.GetEntryAsync<Entry>("k", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2));
        var late = await cache.GetEntryAsync<Entry>("k", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(5));
        var gone = await cache.GetEntryAsync<Entry>("k", CancellationToken.None);

        Assert.That(early!.RefreshDue, Is.False);
        Assert.That(late!.RefreshDue, Is.True);
        Assert.That(late.ExpiresAt - late.StoredAt, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(gone, Is.Null);
    }

    [Test]
    public async Task The_in_process_copy_answers_without_a_distributed_read()
    {
        var inner = new Mock<IDistributedCache>();
        var cache = Over(inner.Object, l1Seconds: 5);

        await cache.SetAsync("k", new Entry("Frary", default), CacheLifetime.Fresh, CancellationToken.None);
        var read = await cache.GetAsync<Entry>("k", CancellationToken.None);
        await cache.RemoveAsync("k", CancellationToken.None);
        var afterRemove = await cache.GetAsync<Entry>("k", CancellationToken.None);

        Assert.That(read, Is.EqualTo(new Entry("Frary", default)));
        Assert.That(afterRemove, Is.Null);
        inner.Verify(c => c.GetAsync("k", It.IsAny<CancellationToken>()), Times.Once, "only the read after the remove reached the distributed cache");
    }

    [Test]
    public async Task After_repeated_failures_the_breaker_stops_calling_the_distributed_cache()
    {
        var inner = new Mock<IDistributedCache>();
        inner.Setup(c => c.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("down"));
        var cache = Over(inner.Object);

        for (var i = 0; i < 10; i++)
        {
            Assert.That(await cache.GetAsync<Entry>($"k{i}", CancellationToken.None), Is.Null);
        }

        inner.Verify(c => c.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(new CacheOptions().BreakerFailureThreshold));
    }
}
