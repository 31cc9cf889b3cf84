namespace DiningMenus.Application.Common.Options;

/// <summary>The <c>Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// Longest a process goes before reloading the dish names from the archive. What this instance archives is
    /// seen at once; this bounds how late dishes first archived by another instance are found.
    /// </summary>
    public int IndexRefreshSeconds { get; set; } = 60;
}
