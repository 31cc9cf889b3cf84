namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>The <c>Pomona</c> configuration section.</summary>
public sealed class PomonaOptions
{
    public const string SectionName = "Pomona";

    /// <summary>
    /// Hosts the Eatec feeds lived on before (portal. in 2025, my. from 2019); tried with the feed's path when
    /// neither the configured feed nor the one the hall page names answers.
    /// </summary>
    public IList<string> LegacyFeedHosts { get; set; } = [];
}
