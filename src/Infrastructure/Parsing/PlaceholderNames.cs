namespace DiningMenus.Infrastructure.Parsing;

/// <summary>
/// Names that stand for no dish, whatever the vendor: empty, or a placeholder the vendor's tool writes when a
/// recipe has no name (Bon Appétit's "Missed Name": three salad-bar entries at Collins on 2026-02-07).
/// </summary>
internal static class PlaceholderNames
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase) { "Missed Name" };

    public static bool IsPlaceholder(string? name) => string.IsNullOrWhiteSpace(name) || Known.Contains(name.Trim());
}
