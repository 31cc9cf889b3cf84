namespace DiningMenus.Application.Common.Models;

/// <summary>Why a parser left an entry of the vendor's list out of the menu.</summary>
public enum DroppedItemReason
{
    /// <summary>No real name: empty, or a placeholder such as Bon Appétit's "Missed Name".</summary>
    Placeholder,

    /// <summary>A vendor's bookkeeping entry listed as a dish, such as Sodexo's "Have a Nice Day".</summary>
    Filler,
}
