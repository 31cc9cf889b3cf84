using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Infrastructure.Vendors.Sodexo;

namespace DiningMenus.Benchmarks.Archive;

/// <summary>
/// A year of archive made from the real captures' dishes: every hall's captured days, parsed by the service's own
/// parsers, repeated across the year (day after day in the captured order), with a seeded share of each day's items
/// swapped for dishes captured elsewhere, so that a dish turns up at several halls and on scattered dates as it does
/// over a real year.
/// </summary>
internal static class ArchiveYear
{
    /// <summary>Share of a generated day's items replaced by another captured dish.</summary>
    private const double SwapShare = 0.15;

    /// <summary>Every hall's open days as captured (the Eatec weeks, the Bon Appétit pages, the Sodexo day).</summary>
    public static Dictionary<string, List<DayMenu>> CapturedDays()
    {
        var days = new Dictionary<string, List<DayMenu>>(StringComparer.Ordinal);
        void Add(string hall, IEnumerable<DayMenu> read) =>
            (days.TryGetValue(hall, out var list) ? list : days[hall] = []).AddRange(read.Where(d => d.Status == DayStatus.Open && d.HasItems));

        foreach (var hall in new[] { "frank", "frary", "oldenborg" })
        {
            Add(hall, EatecFeedParser.Parse(Fixtures.Read($"pomona/{hall}_eatec_2025-12-01_to_2025-12-07.json"), hall).Days);
        }

        Add("oldenborg", EatecFeedParser.Parse(Fixtures.Read("pomona/oldenborg_eatec_2025-11-14_to_2025-11-20.json"), "oldenborg").Days);
        var february7 = new DateOnly(2026, 2, 7);
        Add("collins", BonAppetitPageParser.Parse(Fixtures.Read("bonappetit/collins_2026-02-07.html"), "collins", february7).Days);
        Add("malott", BonAppetitPageParser.Parse(Fixtures.Read("bonappetit/malott_2026-02-07.html"), "malott", february7).Days);
        Add("mcconnell", BonAppetitPageParser.Parse(Fixtures.Read("bonappetit/mcconnell_2026-02-07.html"), "mcconnell", february7).Days);
        Add("hoch", SodexoMenuSectionsParser.Parse(
            Fixtures.Read("sodexo/hoch_menu-sections_2025-11-15_excerpt.json"), "hoch", new DateOnly(2025, 11, 15)).Days);
        return days;
    }

    /// <summary>Each hall's days from <paramref name="first"/> for <paramref name="count"/> days, in date order.</summary>
    public static IEnumerable<DayMenu> Generate(Dictionary<string, List<DayMenu>> captured, DateOnly first, int count, int seed)
    {
        var random = new Random(seed);
        var pool = captured.Values.SelectMany(days => days).SelectMany(d => d.Meals).SelectMany(m => m.Stations).SelectMany(s => s.Items)
            .DistinctBy(i => DishNames.Normalize(i.Name), StringComparer.Ordinal)
            .ToArray();
        for (var offset = 0; offset < count; offset++)
        {
            var date = first.AddDays(offset);
            foreach (var (hall, days) in captured.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                var template = days[offset % days.Count];
                yield return template with
                {
                    Date = date,
                    Meals = [.. template.Meals.Select(meal => meal with
                    {
                        Stations = [.. meal.Stations.Select(station => station with
                        {
                            Items = [.. station.Items.Select(item => random.NextDouble() < SwapShare ? pool[random.Next(pool.Length)] : item)],
                        })],
                    })],
                };
            }
        }
    }
}
