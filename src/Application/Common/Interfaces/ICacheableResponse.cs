using DiningMenus.Application.Common.Models;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>A response that decides how long it may be cached (a stale answer only briefly).</summary>
public interface ICacheableResponse
{
    CacheLifetime CacheLifetime { get; }
}
