using DiningMenus.Api.Infrastructure.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DiningMenus.Api.FunctionalTests.Http;

/// <summary>The replayed answers' store: its size counts keys, it never passes its limit, and expired entries are swept.</summary>
public sealed class BoundedOutputCacheStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 12, 1, 20, 0, 0, TimeSpan.Zero));

    private BoundedOutputCacheStore Store(int megabytes = 1) =>
        new(Options.Create(new OutputCacheSettings { SizeLimitMegabytes = megabytes }), _clock);

    [Test]
    public async Task An_entry_counts_its_key_its_body_and_its_overhead()
    {
        using var store = Store();
        var key = new string('k', 1000);

        await store.SetAsync(key, new byte[500], ["hall:frary"], TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.That(store.Size, Is.EqualTo(BoundedOutputCacheStore.EntryOverheadBytes + 2000 + 500));
        Assert.That(await store.GetAsync(key, CancellationToken.None), Has.Length.EqualTo(500));
    }

    [Test]
    public async Task Long_keys_with_tiny_bodies_cannot_pass_the_limit()
    {
        using var store = Store(megabytes: 1);
        long largest = 0;

        for (var i = 0; i < 5000; i++)
        {
            await store.SetAsync($"{i}:{new string('q', 2000)}", [1], null, TimeSpan.FromMinutes(5), CancellationToken.None);
            largest = Math.Max(largest, store.Size);
        }

        Assert.That(largest, Is.LessThanOrEqualTo(1024 * 1024));
        Assert.That(store.Count, Is.LessThan(5000));
    }

    [Test]
    public async Task Expired_entries_are_swept_without_being_asked_for()
    {
        using var store = Store();
        for (var i = 0; i < 100; i++)
        {
            await store.SetAsync($"answer-{i}", new byte[100], ["all-halls"], TimeSpan.FromSeconds(5), CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromSeconds(4));
        var beforeExpiry = store.Count;
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.That(beforeExpiry, Is.EqualTo(100));
        Assert.That(store.Count, Is.Zero, "the sweep ran on the clock, with no read or write");
        Assert.That(store.Size, Is.Zero);
    }

    [Test]
    public async Task Eviction_by_tag_removes_the_tagged_answers_only()
    {
        using var store = Store();
        await store.SetAsync("frary-day", [1, 2, 3], ["hall:frary"], TimeSpan.FromMinutes(1), CancellationToken.None);
        await store.SetAsync("halls", [4], ["all-halls"], TimeSpan.FromMinutes(1), CancellationToken.None);

        await store.EvictByTagAsync("hall:frary", CancellationToken.None);

        Assert.That(await store.GetAsync("frary-day", CancellationToken.None), Is.Null);
        Assert.That(await store.GetAsync("halls", CancellationToken.None), Is.EqualTo(new byte[] { 4 }));
    }
}
