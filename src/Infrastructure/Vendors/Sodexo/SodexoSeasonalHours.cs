namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>Hours that replace the standard ones between two instants (the site gives them in UTC).</summary>
public sealed record SodexoSeasonalHours(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<SodexoServiceHours> Hours);
