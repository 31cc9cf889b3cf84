using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// One way of reading a vendor's menus (a feed, a page, an API). Each vendor has a primary source and
/// may have fallbacks; <see cref="Menus.Common.MenuFallbackOrchestrator"/> tries them in <see cref="Priority"/> order.
/// A source never throws for upstream trouble: it returns a <see cref="MenuReadResult"/> failure.
/// </summary>
public interface IMenuSource
{
    /// <summary>Short id recorded as the response's <c>source</c> ("eatec-feed", "bonappetit-page", ...).</summary>
    string Name { get; }

    VendorType Vendor { get; }

    /// <summary>Lower runs first; the primary source is 0.</summary>
    int Priority { get; }

    /// <summary>
    /// Reads the menu of <paramref name="date"/>. May also return other dates the same download covered
    /// (the Eatec feed holds a week), so that they can be cached without another request.
    /// </summary>
    Task<MenuReadResult> ReadAsync(Hall hall, DateOnly date, CancellationToken cancellationToken);
}
