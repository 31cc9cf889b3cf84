namespace DiningMenus.Domain.Menus;

/// <summary>A counter or section of a meal ("Mainline", "Grill Station", "breakfast @ home").</summary>
public sealed record Station(string Name, IReadOnlyList<MenuItem> Items);
