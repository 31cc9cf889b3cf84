using DiningMenus.Domain.Halls;

namespace DiningMenus.Infrastructure.Halls;

/// <summary>
/// What every hall of the <c>Halls</c> section has, whatever its vendor. The vendor's own keys in the same
/// section (<c>FeedUrl</c>, <c>CafePageUrl</c>, …) are bound to that vendor's typed settings
/// (<see cref="VendorHalls{TSettings}"/>), registered by the vendor's folder.
/// </summary>
public sealed class HallOptions
{
    public string Name { get; set; } = string.Empty;

    /// <summary>College or campus slug, lower-case kebab: pomona, cmc, scripps, pitzer, hmc at Claremont; any other for another campus (penn).</summary>
    public string College { get; set; } = string.Empty;

    /// <summary>Who publishes the menu: Pomona, BonAppetit or Sodexo. Required.</summary>
    public VendorType? Vendor { get; set; }

    /// <summary>The college's colour as #rrggbb, shown by frontends. Optional.</summary>
    public string? Color { get; set; }

    /// <summary>Position in hall listings.</summary>
    public int Order { get; set; }
}
