using DiningMenus.Domain.Halls;

namespace DiningMenus.Infrastructure.Halls;

/// <summary>One hall of the <c>Halls</c> configuration section, keyed by its id.</summary>
public sealed class HallOptions
{
    public string Name { get; set; } = string.Empty;

    /// <summary>College slug: pomona, cmc, scripps, pitzer, hmc.</summary>
    public string College { get; set; } = string.Empty;

    public VendorType Vendor { get; set; }

    /// <summary>Display colour clients draw the hall in (any CSS colour); optional.</summary>
    public string? Color { get; set; }

    /// <summary>Position in hall listings.</summary>
    public int Order { get; set; }

    /// <summary>Pomona: the Eatec feed (JSONP), e.g. https://api.pomona.edu/eatec/Frary.json.</summary>
    public string? FeedUrl { get; set; }

    /// <summary>Pomona: the hall's dining page, which names the current feed URL and the hours.</summary>
    public string? HallPageUrl { get; set; }

    /// <summary>Bon Appétit: the dated cafe page, with <c>{date}</c> standing for YYYY-MM-DD.</summary>
    public string? CafePageUrl { get; set; }

    /// <summary>Sodexo: location id (13147001 for Hoch-Shanahan).</summary>
    public string? LocationId { get; set; }

    /// <summary>Sodexo: menu id (15258 for Hoch-Shanahan).</summary>
    public string? MenuId { get; set; }

    /// <summary>Sodexo: the public location page carrying <c>window.__PRELOADED_STATE__</c>.</summary>
    public string? LocationPageUrl { get; set; }
}
