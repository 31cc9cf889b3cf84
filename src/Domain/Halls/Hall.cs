namespace DiningMenus.Domain.Halls;

/// <summary>A dining hall: its public id (e.g. "frary"), display name, college slug, menu vendor and college colour.</summary>
/// <param name="Color">The college's colour as #rrggbb, for frontends; null when not configured.</param>
public sealed record Hall(string Id, string Name, string College, VendorType Vendor, string? Color = null);
