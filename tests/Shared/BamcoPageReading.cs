using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiningMenus.Tests.Shared;

/// <summary>
/// A reading of a Bon Appétit page done without the parser, for comparing with it: each <c>Bamco.…</c> assignment is
/// strict JSON on one line of the page, so the line after " = " (less its ";") is handed to JsonDocument as is. The
/// dishes are grouped the way the service documents (one per meal, station and case-insensitive name, "missed name"
/// left out), with each group's icon slugs split by the icon list's <c>allergen</c> flag.
/// </summary>
internal static partial class BamcoPageReading
{
    // The icon slugs whose public word is not the slug itself; every other slug is its own word.
    private static readonly Dictionary<string, string[]> WordsOfSlug = new()
    {
        ["made-without-gluten-containing-ingredients"] = ["gluten-free"],
        ["in-balance"] = ["balanced"],
        ["wheat-gluten"] = ["wheat", "gluten"],
    };

    public sealed record Dish(string Meal, string Station, string Name, SortedSet<string> DietSlugs, SortedSet<string> AllergenSlugs, bool Featured, int Tier)
    {
        /// <summary>The diet icons as the public tags the service documents, in ordinal order.</summary>
        public IReadOnlyList<string> Tags => Words(DietSlugs);

        /// <summary>The allergen icons as the public allergens the service documents, in ordinal order.</summary>
        public IReadOnlyList<string> Allergens => Words(AllergenSlugs);
    }

    public static IReadOnlyList<string> Words(IEnumerable<string> slugs) =>
        [.. slugs.SelectMany(s => WordsOfSlug.GetValueOrDefault(s, [s])).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>One entry of a daypart's station list, as the page lists it: before merging, placeholders included.</summary>
    public sealed record Listing(string Meal, string Station, string Name, IReadOnlyList<string> DietSlugs, IReadOnlyList<string> AllergenSlugs, bool Featured, int Tier)
    {
        /// <summary>An entry without a real name: empty, or Bon Appétit's "Missed Name".</summary>
        public bool IsPlaceholder => Name.Length == 0 || Name.Equals("missed name", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The dishes as the service documents them: one per meal, station and case-insensitive name, no placeholder.</summary>
    public static List<Dish> Read(string html)
    {
        var dishes = new Dictionary<(string, string, string), Dish>();
        foreach (var listing in Listings(html).Where(l => !l.IsPlaceholder))
        {
            var key = (listing.Meal, listing.Station.ToLowerInvariant(), listing.Name.ToLowerInvariant());
            if (!dishes.TryGetValue(key, out var dish))
            {
                dish = new Dish(listing.Meal, listing.Station, listing.Name, [], [], listing.Featured, listing.Tier);
            }

            dish = dish with { Featured = dish.Featured || listing.Featured, Tier = Math.Min(dish.Tier, listing.Tier) };
            dish.DietSlugs.UnionWith(listing.DietSlugs);
            dish.AllergenSlugs.UnionWith(listing.AllergenSlugs);
            dishes[key] = dish;
        }

        return [.. dishes.Values];
    }

    /// <summary>Every entry of every daypart's stations, in page order, names with their whitespace collapsed.</summary>
    public static List<Listing> Listings(string html)
    {
        using var items = Assignment(html, "Bamco.menu_items");
        using var icons = Assignment(html, "Bamco.cor_icons");
        var allergenIcons = icons.RootElement.EnumerateObject()
            .Where(icon => icon.Value.GetProperty("allergen").GetInt32() == 1)
            .Select(icon => icon.Name)
            .ToHashSet();
        var slugs = icons.RootElement.EnumerateObject().ToDictionary(icon => icon.Name, icon => icon.Value.GetProperty("slug").GetString()!);

        var listings = new List<Listing>();
        foreach (Match daypart in DaypartLine().Matches(html))
        {
            using var json = JsonDocument.Parse(daypart.Groups["json"].Value);
            var meal = json.RootElement.GetProperty("label").GetString()!;
            foreach (var station in json.RootElement.GetProperty("stations").EnumerateArray())
            {
                var stationName = station.GetProperty("label").GetString()!.Trim();
                foreach (var id in station.GetProperty("items").EnumerateArray())
                {
                    var item = items.RootElement.GetProperty(id.GetString()!);
                    var name = string.Join(' ', item.GetProperty("label").GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    var tier = item.GetProperty("tier").ValueKind == JsonValueKind.Number ? item.GetProperty("tier").GetInt32() : int.Parse(item.GetProperty("tier").GetString()!);
                    var iconIds = item.GetProperty("cor_icon").ValueKind == JsonValueKind.Object
                        ? item.GetProperty("cor_icon").EnumerateObject().Select(icon => icon.Name).ToList()
                        : [];
                    listings.Add(new Listing(
                        meal,
                        stationName,
                        name,
                        [.. iconIds.Where(icon => !allergenIcons.Contains(icon)).Select(icon => slugs[icon])],
                        [.. iconIds.Where(allergenIcons.Contains).Select(icon => slugs[icon])],
                        Featured: item.GetProperty("special").GetInt32() == 1,
                        tier));
                }
            }
        }

        return listings;
    }

    private static JsonDocument Assignment(string html, string target)
    {
        var line = html.Split('\n').Single(l => l.TrimStart().StartsWith(target + " = ", StringComparison.Ordinal)).Trim();
        return JsonDocument.Parse(line[(target.Length + 3)..].TrimEnd(';'));
    }

    [GeneratedRegex(@"Bamco\.dayparts\['\d+'\] = (?<json>\{.*\});\s*$", RegexOptions.Multiline)]
    private static partial Regex DaypartLine();
}
