namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// What a cacheable query answers when its fetch fails or misses the deadline: a kept copy marked stale, or
/// nothing (then a 503). Registered per query; the caching behavior knows nothing of menus.
/// </summary>
public interface ICacheFallback<in TMessage, TResponse>
{
    /// <summary>The kept copy for this request, already marked stale; null when there is none.</summary>
    Task<TResponse?> FindAsync(TMessage message, CancellationToken cancellationToken);

    /// <summary>A cached answer served after its fresh life (FusionCache's fail-safe fallback), marked stale.</summary>
    TResponse AsStale(TResponse response);

    /// <summary>The 503's detail when there is neither an answer nor a kept copy.</summary>
    string UnavailableDetail(TMessage message);
}
