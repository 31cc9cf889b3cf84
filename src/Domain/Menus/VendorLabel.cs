using DiningMenus.Domain.Halls;

namespace DiningMenus.Domain.Menus;

/// <summary>A vendor's own label and the public word it means; <paramref name="Word"/> is null for a label deliberately not published.</summary>
public sealed record VendorLabel(VendorType Vendor, string Label, string? Word);
