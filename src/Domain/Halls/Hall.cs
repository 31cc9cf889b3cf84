namespace DiningMenus.Domain.Halls;

/// <summary>A dining hall: its public id (e.g. "frary"), display name, college slug and menu vendor.</summary>
public sealed record Hall(string Id, string Name, string College, VendorType Vendor);
