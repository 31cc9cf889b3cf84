using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>What the save path needs to know of a day's latest archived revision.</summary>
public sealed record LatestRevision(int Revision, string ContentHash, ReadFidelity Fidelity);
