namespace DiningMenus.Infrastructure.Halls;

/// <summary>The <c>Halls</c> configuration section: hall id → its settings (ids compared case-insensitively).</summary>
public sealed class HallCatalogOptions : Dictionary<string, HallOptions>
{
    public const string SectionName = "Halls";

    public HallCatalogOptions()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    /// <summary>The settings of a configured hall; throws for an id the registry never hands out.</summary>
    public HallOptions For(string hallId) =>
        TryGetValue(hallId, out var hall) ? hall : throw new KeyNotFoundException($"Hall '{hallId}' is not configured.");
}
