namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>A Bon Appétit hall's own key of its <c>Halls:&lt;id&gt;</c> section.</summary>
public sealed class BonAppetitHallSettings
{
    /// <summary>
    /// The dated café page, with <c>{date}</c> standing for YYYY-MM-DD, e.g.
    /// https://collins-cmc.cafebonappetit.com/cafe/collins/{date}/. Required.
    /// </summary>
    public string CafePageUrl { get; set; } = string.Empty;
}
