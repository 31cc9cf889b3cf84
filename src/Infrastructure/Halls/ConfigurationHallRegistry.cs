using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Halls;

/// <summary>The halls of the <c>Halls</c> configuration section.</summary>
public sealed class ConfigurationHallRegistry : IHallRegistry
{
    private readonly Dictionary<string, Hall> _byId;

    public ConfigurationHallRegistry(IOptions<HallCatalogOptions> options)
    {
        All = [.. options.Value
            .OrderBy(pair => pair.Value.Order)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            // Vendor is never null here: the catalog is validated before the registry can read it.
            .Select(pair => new Hall(pair.Key.ToLowerInvariant(), pair.Value.Name, pair.Value.College, pair.Value.Vendor.GetValueOrDefault(), NullIfBlank(pair.Value.Color)))];
        _byId = All.ToDictionary(h => h.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Hall> All { get; }

    public Hall? Find(string? hallId) =>
        hallId is not null && _byId.TryGetValue(hallId.Trim(), out var hall) ? hall : null;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
