namespace DiningMenus.Application.Common.Caching;

/// <summary>
/// Marks, for the current async flow, a cache key whose entry must be fetched again rather than read:
/// used by the eager refresher and the admin refresh, which send the ordinary query inside this scope.
/// </summary>
public static class CacheRefreshScope
{
    private static readonly AsyncLocal<string?> ForcedKey = new();

    public static bool IsForced(string key) => string.Equals(ForcedKey.Value, key, StringComparison.Ordinal);

    public static IDisposable Force(string key)
    {
        var previous = ForcedKey.Value;
        ForcedKey.Value = key;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => ForcedKey.Value = previous;
    }
}
