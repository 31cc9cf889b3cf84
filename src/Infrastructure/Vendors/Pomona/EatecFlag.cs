using DiningMenus.Application.Common.Models;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>
/// Eatec's yes/no values (<c>@displayonwebsite</c>, <c>dietaryChoice</c> and <c>allergen</c> texts). Current feeds say
/// "Yes"/"No", older ones "Y"/"N"; true/false and 1/0 are accepted too, in any case.
/// </summary>
internal static class EatecFlag
{
    /// <summary>True or false for a known spelling; null (reported once per parse as an unknown flag) otherwise.</summary>
    public static bool? Read(string? value, ParseReport report)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "y" or "yes" or "true" or "1":
                return true;
            case "n" or "no" or "false" or "0":
                return false;
            default:
                report.UnknownLabel(VendorLabelKind.Flag, value is null ? "(missing)" : value.Trim().Length == 0 ? "(empty)" : value);
                return null;
        }
    }

    /// <summary>
    /// Whether a recipe is shown on the website: a known "no" hides it; anything unknown (or missing) shows it, since
    /// hiding every dish over a new spelling would silently empty the menu.
    /// </summary>
    public static bool IsShown(string? displayOnWebsite, ParseReport report) => Read(displayOnWebsite, report) != false;
}
