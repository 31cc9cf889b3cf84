using DiningMenus.Domain.Halls;

namespace DiningMenus.Infrastructure.Halls;

/// <summary>
/// The halls of one vendor, each with that vendor's typed settings bound from its <c>Halls:&lt;id&gt;</c> section
/// (ids compared case-insensitively). Read as <c>IOptions&lt;VendorHalls&lt;PomonaHallSettings&gt;&gt;</c>;
/// validated at start, so a required setting is always there.
/// </summary>
public sealed class VendorHalls<TSettings> : Dictionary<string, TSettings>
    where TSettings : class
{
    public VendorHalls()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    /// <summary>The settings of a hall of this vendor; the orchestrator never hands a source another vendor's hall.</summary>
    public TSettings For(Hall hall) =>
        TryGetValue(hall.Id, out var settings)
            ? settings
            : throw new InvalidOperationException($"Hall '{hall.Id}' ({hall.Vendor}) has no {typeof(TSettings).Name}.");
}
