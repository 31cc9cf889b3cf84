using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Hours;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// Where a vendor publishes a hall's hours apart from its menus (Pomona's hall page, Sodexo's location page).
/// Hours pages change rarely, so implementations cache what they read. A source never throws for upstream
/// trouble: it answers <see cref="HoursStatus.Unknown"/>.
/// </summary>
public interface IHallHoursSource
{
    VendorType Vendor { get; }

    Task<DayHours> GetHoursAsync(Hall hall, DateOnly date, CancellationToken cancellationToken);
}
