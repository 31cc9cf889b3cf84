namespace DiningMenus.Domain.Halls;

/// <summary>A dining hall: its public id (e.g. "frary"), display name, college slug and menu vendor.</summary>
/// <param name="Color">Display colour clients draw the hall in (e.g. "#1f4e9c"); null when none is configured.</param>
public sealed record Hall(string Id, string Name, string College, VendorType Vendor, string? Color = null);
