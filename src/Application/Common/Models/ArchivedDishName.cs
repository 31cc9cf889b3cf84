namespace DiningMenus.Application.Common.Models;

/// <summary>One distinct dish the archive has seen: its normalized name (the key) and a name as served.</summary>
public sealed record ArchivedDishName(string NormalizedName, string Name);
