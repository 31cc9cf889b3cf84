using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Parsing;

/// <summary>
/// Builds one meal's stations, for every vendor. Stations keep first-seen order, and a station named twice is one
/// (Bon Appétit markup repeats a heading per tier tab; Sodexo's "EXHIBITION SCR" and "EXHIBITION" are one counter).
/// Within a station, dishes of the same name (ignoring case) become one dish (see <see cref="Merge"/>), so that a
/// client keyed by name sees each name once; entries without a real name are dropped and counted.
/// </summary>
internal sealed class StationListBuilder(ParseReport report)
{
    private readonly List<StationDraft> _stations = [];

    /// <summary>
    /// Adds a dish to a station. Null (a vendor entry the reader found no name in) and placeholder names
    /// (<see cref="PlaceholderNames"/>) are dropped and counted instead.
    /// </summary>
    public void Add(string station, MenuItem? item)
    {
        if (item is null || PlaceholderNames.IsPlaceholder(item.Name))
        {
            report.ItemDropped(DroppedItemReason.Placeholder);
            return;
        }

        var draft = _stations.Find(s => s.Name.Equals(station, StringComparison.OrdinalIgnoreCase));
        if (draft is null)
        {
            draft = new StationDraft(station);
            _stations.Add(draft);
        }

        draft.Add(item);
    }

    /// <summary>Counts an entry the vendor listed that is no dish (the vendor's reader recognised it).</summary>
    public void Drop(DroppedItemReason reason) => report.ItemDropped(reason);

    public IReadOnlyList<Station> Build() => [.. _stations.Select(s => s.Build())];

    /// <summary>
    /// One dish from same-named listings (Collins lists "Whole Egg" twice at one station; Penn lists a burger as a
    /// special and again as an everyday item). The listing shown most prominently — the lowest tier, the first
    /// listed among equals — gives the name and the description (else the first description given). Tags and
    /// allergens are the union: whatever any listing says, the dish may be. Featured if any listing is, at the lowest
    /// tier listed. Calories only when the listings that give a figure agree: "1% Milk" at 110 and at 15 kcal are two
    /// serving sizes, and picking one would be wrong half the time.
    /// </summary>
    internal static MenuItem Merge(IReadOnlyList<MenuItem> listings)
    {
        if (listings.Count == 1)
        {
            return listings[0];
        }

        var primary = listings.OrderBy(i => i.Tier ?? int.MaxValue).First();
        var calories = listings.Select(i => i.Calories).OfType<int>().Distinct().ToList();
        var featured = listings.Select(i => i.Featured).OfType<bool>().ToList();
        return primary with
        {
            Description = primary.Description ?? listings.Select(i => i.Description).FirstOrDefault(d => d is not null),
            Tags = DietaryTags.Vocabulary.Order(listings.SelectMany(i => i.Tags)),
            Allergens = Allergens.Vocabulary.Order(listings.SelectMany(i => i.Allergens)),
            Calories = calories.Count == 1 ? calories[0] : null,
            Featured = featured.Count == 0 ? null : featured.Contains(true),
            Tier = listings.Min(i => i.Tier),
        };
    }

    private sealed class StationDraft(string name)
    {
        private readonly List<List<MenuItem>> _dishes = [];
        private readonly Dictionary<string, List<MenuItem>> _byName = new(StringComparer.OrdinalIgnoreCase);

        public string Name { get; } = name;

        public void Add(MenuItem item)
        {
            if (_byName.TryGetValue(item.Name, out var listings))
            {
                listings.Add(item);
                return;
            }

            listings = [item];
            _byName[item.Name] = listings;
            _dishes.Add(listings);
        }

        public Station Build() => new(Name, [.. _dishes.Select(Merge)]);
    }
}
