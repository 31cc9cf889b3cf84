namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>A Sodexo hall's own keys of its <c>Halls:&lt;id&gt;</c> section.</summary>
public sealed class SodexoHallSettings
{
    /// <summary>Sodexo's location id (13147001 for Hoch-Shanahan). Required.</summary>
    public string LocationId { get; set; } = string.Empty;

    /// <summary>Sodexo's menu id (15258 for Hoch-Shanahan). Required.</summary>
    public string MenuId { get; set; } = string.Empty;

    /// <summary>The public location page carrying <c>window.__PRELOADED_STATE__</c>. Optional: without it, no hours and no page fallback.</summary>
    public string? LocationPageUrl { get; set; }
}
