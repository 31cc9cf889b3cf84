namespace DiningMenus.Domain.Menus;

/// <summary>How much of what the vendor publishes a read captured.</summary>
public enum ReadFidelity
{
    /// <summary>Read from the vendor's full data (Bon Appétit's menu JSON, the Eatec feed, the Sodexo API).</summary>
    Full,

    /// <summary>
    /// Read from what a page shows when its data is missing (Bon Appétit's markup without <c>Bamco.menu_items</c>):
    /// names, icons and calorie text, but e.g. no nutrition details. Such a copy never replaces a full one of the
    /// same hall and date as the last good copy.
    /// </summary>
    Reduced,
}
