namespace DiningMenus.Infrastructure.Halls;

/// <summary>The <c>Halls</c> configuration section: hall id → its common settings (ids compared case-insensitively).</summary>
public sealed class HallCatalogOptions : Dictionary<string, HallOptions>
{
    public const string SectionName = "Halls";

    public HallCatalogOptions()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }
}
