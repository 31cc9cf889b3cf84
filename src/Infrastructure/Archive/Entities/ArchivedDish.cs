namespace DiningMenus.Infrastructure.Archive.Entities;

/// <summary>One distinct dish the archive has seen (a few thousand a year): what the in-process search index loads.</summary>
public sealed class ArchivedDish
{
    public required string NormalizedName { get; set; }

    /// <summary>The name as first served.</summary>
    public required string Name { get; set; }
}
