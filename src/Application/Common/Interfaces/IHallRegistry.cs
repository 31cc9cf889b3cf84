using DiningMenus.Domain.Halls;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>The halls this service knows, from configuration.</summary>
public interface IHallRegistry
{
    /// <summary>Every hall in display order.</summary>
    IReadOnlyList<Hall> All { get; }

    /// <summary>The hall with this id (case-insensitive), or null.</summary>
    Hall? Find(string? hallId);
}
