namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// A menu response that says when its menu was read, so that HTTP caches can be told how long the answer
/// stays good (the rest of the day cache entry's life).
/// </summary>
public interface IMenuFreshness : ICacheableResponse
{
    /// <summary>When the (oldest) menu in the response was read from its source (UTC).</summary>
    DateTimeOffset FetchedAt { get; }
}
