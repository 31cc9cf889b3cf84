namespace DiningMenus.Application.Common.Models;

/// <summary>What kind of vendor label a parser could not place in the public vocabularies.</summary>
public enum VendorLabelKind
{
    /// <summary>A dietary label (Bon Appétit diet icon, Eatec dietary choice, Sodexo item flag).</summary>
    Diet,

    /// <summary>An allergen label.</summary>
    Allergen,

    /// <summary>An Eatec display or yes/no flag value other than the known spellings.</summary>
    Flag,
}
