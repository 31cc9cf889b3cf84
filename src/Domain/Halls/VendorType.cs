namespace DiningMenus.Domain.Halls;

/// <summary>Who publishes a hall's menu; each vendor has its own upstream format.</summary>
public enum VendorType
{
    /// <summary>Pomona College's Eatec JSON(P) feed (Frank, Frary, Oldenborg).</summary>
    Pomona,

    /// <summary>Bon Appétit cafe pages (Collins, Malott, McConnell).</summary>
    BonAppetit,

    /// <summary>Sodexo menu API (Hoch-Shanahan).</summary>
    Sodexo,
}
