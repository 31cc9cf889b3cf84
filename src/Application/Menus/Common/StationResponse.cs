namespace DiningMenus.Application.Menus.Common;

/// <summary>A station of a meal and its items, in the source's order.</summary>
public sealed record StationResponse(string Name, IReadOnlyList<MenuItemResponse> Items);
