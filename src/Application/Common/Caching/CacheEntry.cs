namespace DiningMenus.Application.Common.Caching;

/// <summary>A cached value and whether it is in the last part of its life, when a background refresh should renew it.</summary>
public sealed record CacheEntry<T>(T Value, DateTimeOffset StoredAt, DateTimeOffset ExpiresAt, bool RefreshDue);
