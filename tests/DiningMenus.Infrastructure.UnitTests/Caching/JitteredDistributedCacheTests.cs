using DiningMenus.Application.Common.Models;
using DiningMenus.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace DiningMenus.Infrastructure.UnitTests.Caching;

public sealed class JitteredDistributedCacheTests
{
    public sealed record Entry(string Name, DateOnly Date);

    private static JitteredDistributedCache Over(IDistributedCache inner, int timeoutMs = 200)
    {
        var options = Options.Create(new CacheOptions { OperationTimeoutMilliseconds = timeoutMs });
        return new JitteredDistributedCache(inner, new CacheTtlPolicy(options, new Random(7)), options, NullLogger<JitteredDistributedCache>.Instance);
    }

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
        var inner = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        await inner.SetAsync("k", "not json"u8.ToArray());

        Assert.That(await Over(inner).GetAsync<Entry>("k", CancellationToken.None), Is.Null);
    }
}
