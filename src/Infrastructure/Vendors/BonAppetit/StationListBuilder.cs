using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>
/// Collects a meal's stations in first-seen order, merging stations of the same name: the markup repeats a
/// station's heading once per tier tab.
/// </summary>
internal sealed class StationListBuilder
{
    private readonly List<(string Name, List<MenuItem> Items)> _stations = [];

    public void Add(string station, MenuItem item)
    {
        var index = _stations.FindIndex(s => s.Name.Equals(station, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            _stations.Add((station, [item]));
        }
        else
        {
            _stations[index].Items.Add(item);
        }
    }

    public IReadOnlyList<Station> Build() => [.. _stations.Select(s => new Station(s.Name, s.Items))];
}
