using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

/// <summary>
/// The output cache's store: a MemoryCache of its own whose entry size counts everything an entry holds — its key
/// (two bytes a character), the serialized answer, and an allowance for the objects around them — so
/// <c>OutputCache:SizeLimitMegabytes</c> bounds the memory replayed answers take, whatever keys clients make up. When
/// it is full a new answer is not kept, and a compaction frees a tenth, least recently used first. Expired entries
/// are swept every second, not only when touched, so a burst of one-off keys does not outlive its few seconds.
/// Tags index the keys for admin eviction and leave with their entries.
/// </summary>
public sealed class BoundedOutputCacheStore : IOutputCacheStore, IDisposable
{
    /// <summary>
    /// What an entry costs beyond its key and body: MemoryCache's entry and options objects, the eviction
    /// registration, and one slot in a tag index (about 300 bytes on .NET 10, rounded up).
    /// </summary>
    public const int EntryOverheadBytes = 384;

    /// <summary>How often expired entries are removed.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _keysByTag = new(StringComparer.Ordinal);
    private readonly ITimer _sweeper;

    public BoundedOutputCacheStore(IOptions<OutputCacheSettings> settings, TimeProvider clock)
    {
        _entries = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = settings.Value.SizeLimitBytes,
            CompactionPercentage = 0.1,
            ExpirationScanFrequency = SweepInterval,
            TrackStatistics = true,
            Clock = new TimeProviderSystemClock(clock),
        });
        _sweeper = clock.CreateTimer(static store => ((BoundedOutputCacheStore)store!)._entries.Compact(0), this, SweepInterval, SweepInterval);
    }

    /// <summary>The bytes the entries take now, as counted against the limit.</summary>
    public long Size => _entries.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>How many answers are kept now.</summary>
    public long Count => _entries.Count;

    /// <summary>What <paramref name="key"/> and <paramref name="value"/> count against the limit.</summary>
    public static long SizeOf(string key, byte[] value) => EntryOverheadBytes + (key.Length * (long)sizeof(char)) + value.Length;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_entries.Get<byte[]>(key));

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        tags ??= [];
        foreach (var tag in tags)
        {
            _keysByTag.GetOrAdd(tag, static _ => new(StringComparer.Ordinal)).TryAdd(key, 0);
        }

        using var entry = _entries.CreateEntry(key);
        entry.Value = value;
        entry.Size = SizeOf(key, value);
        entry.AbsoluteExpirationRelativeToNow = validFor;
        entry.RegisterPostEvictionCallback(Forget, (this, tags));
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (_keysByTag.TryGetValue(tag, out var keys))
        {
            foreach (var key in keys.Keys)
            {
                _entries.Remove(key);
            }
        }

        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        _entries.Dispose();
    }

    /// <summary>An entry left (expired, evicted, refused for room): its key leaves the tag index, unless a newer entry holds it.</summary>
    private static void Forget(object key, object? value, EvictionReason reason, object? state)
    {
        var (store, tags) = ((BoundedOutputCacheStore, string[]))state!;
        var text = (string)key;
        if (reason == EvictionReason.Replaced || store._entries.TryGetValue(text, out _))
        {
            return;
        }

        foreach (var tag in tags)
        {
            if (store._keysByTag.TryGetValue(tag, out var keys))
            {
                keys.TryRemove(text, out _);
            }
        }
    }
}
