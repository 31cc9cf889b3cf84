using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// Keeps the last good menu of every hall and date far longer than the fresh cache entry, so that a
/// failing upstream can still be answered with that same date's menu (marked stale).
/// </summary>
/// <remarks>
/// Fidelity rule, which every implementation enforces in <see cref="SaveAsync"/>: a menu read with
/// <see cref="ReadFidelity.Reduced"/> fidelity (a fallback read of a page's markup) never replaces a kept copy of the
/// same hall and date whose fidelity is <see cref="ReadFidelity.Full"/>; the full copy stays. Any other save replaces
/// the kept copy (a full read always does, a reduced read does when the kept copy is reduced too or absent).
/// </remarks>
public interface ILastGoodMenuStore
{
    /// <summary>Keeps <paramref name="menu"/> as the last good copy of its hall and date, subject to the fidelity rule.</summary>
    Task SaveAsync(DayMenuResult menu, CancellationToken cancellationToken);

    Task<DayMenuResult?> FindAsync(string hallId, DateOnly date, CancellationToken cancellationToken);
}
