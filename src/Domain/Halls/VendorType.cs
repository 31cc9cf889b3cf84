namespace DiningMenus.Domain.Halls;

/// <summary>Who publishes a hall's menu; each vendor has its own upstream format.</summary>
public enum VendorType
{
    /// <summary>An Eatec JSON(P) feed as Pomona College publishes it (Frank, Frary, Oldenborg); named after Pomona for the earlier service's <c>vendor_type</c>.</summary>
    Pomona,

    /// <summary>Bon Appétit café pages, of any campus (Collins, Malott, McConnell at Claremont).</summary>
    BonAppetit,

    /// <summary>Sodexo menu API, of any location (Hoch-Shanahan at Claremont).</summary>
    Sodexo,
}
