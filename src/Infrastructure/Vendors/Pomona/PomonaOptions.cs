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

    /// <summary>
    /// Hosts a feed URL discovered on a hall page may name ("api.pomona.edu", or "*.pomona.edu" for any subdomain).
    /// A discovered URL elsewhere, or not https on the default port, is refused without a request: the hall page is
    /// not ours, and fetching whatever it names would let it point the service at internal addresses (SSRF).
    /// Empty refuses every discovered URL.
    /// </summary>
    public IList<string> AllowedFeedHosts { get; set; } = [];
}
