using DiningMenus.Application.Common.Models;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// Marks a query whose response the caching behavior stores. Checked at run time: Mediator 3 skips a
/// behavior whose generic constraint names a custom message interface.
/// </summary>
public interface ICacheableQuery
{
    string CacheKey { get; }

    /// <summary>How this request uses the cache (read or fetch, refresh, kept copies only).</summary>
    CacheUse CacheUse { get; }

    /// <summary>When the answer is due (several reads sharing one deadline); null: <c>Menus:AnswerDeadlineSeconds</c> from now.</summary>
    DateTimeOffset? AnswerBy { get; }
}
