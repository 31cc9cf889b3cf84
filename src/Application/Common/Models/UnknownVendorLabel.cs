namespace DiningMenus.Application.Common.Models;

/// <summary>A vendor label a parser met and could not map, by kind (the label as the vendor wrote it).</summary>
public readonly record struct UnknownVendorLabel(VendorLabelKind Kind, string Label);
