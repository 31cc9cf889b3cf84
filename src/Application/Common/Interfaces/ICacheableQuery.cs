namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// Marks a query whose response the caching behavior stores. Checked at run time: Mediator 3 skips a
/// behavior whose generic constraint names a custom message interface.
/// </summary>
public interface ICacheableQuery
{
    string CacheKey { get; }
}
