namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>A Sodexo location's published hours: the regular week and dated exceptions (breaks, holidays).</summary>
public sealed record SodexoOpeningHours(IReadOnlyList<SodexoServiceHours> Standard, IReadOnlyList<SodexoSeasonalHours> Seasonal);
