namespace DiningMenus.Infrastructure.Caching;

/// <summary>What is stored per key: the value with when it was stored and when it expires (Unix ms), for eager refresh.</summary>
internal sealed record CacheEnvelope<T>(long StoredAt, long ExpiresAt, T Value);
