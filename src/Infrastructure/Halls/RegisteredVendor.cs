using DiningMenus.Domain.Halls;

namespace DiningMenus.Infrastructure.Halls;

/// <summary>
/// Marks a vendor whose folder registered its hall settings and sources, so that a hall naming a vendor
/// nobody registered stops the start instead of failing every request.
/// </summary>
public sealed record RegisteredVendor(VendorType Vendor);
