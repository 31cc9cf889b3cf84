using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.BonAppetit;

/// <summary>
/// A reading of a Bon Appétit page done without the parser, for comparing with it: each <c>Bamco.…</c> assignment is
/// strict JSON on one line of the page, so the line after " = " (less its ";") is handed to JsonDocument as is. The
/// dishes are grouped the way the service documents (one per meal, station and case-insensitive name, "missed name"
/// left out), with each group's icon slugs split by the icon list's <c>allergen</c> flag.
/// </summary>
internal static partial class BamcoPageReading
{
    public sealed record Dish(string Meal, string Station, string Name, SortedSet<string> DietSlugs, SortedSet<string> AllergenSlugs, bool Featured, int Tier);

    public static List<Dish> Read(string html)
    {
        using var items = Assignment(html, "Bamco.menu_items");
        using var icons = Assignment(html, "Bamco.cor_icons");
        var allergenIcons = icons.RootElement.EnumerateObject()
            .Where(icon => icon.Value.GetProperty("allergen").GetInt32() == 1)
            .Select(icon => icon.Name)
            .ToHashSet();
        var slugs = icons.RootElement.EnumerateObject().ToDictionary(icon => icon.Name, icon => icon.Value.GetProperty("slug").GetString()!);

        var dishes = new Dictionary<(string, string, string), Dish>();
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
                    if (name.Length == 0 || name.Equals("missed name", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var key = (meal, stationName.ToLowerInvariant(), name.ToLowerInvariant());
                    var tier = item.GetProperty("tier").ValueKind == JsonValueKind.Number ? item.GetProperty("tier").GetInt32() : int.Parse(item.GetProperty("tier").GetString()!);
                    var featured = item.GetProperty("special").GetInt32() == 1;
                    if (!dishes.TryGetValue(key, out var dish))
                    {
                        dish = new Dish(meal, stationName, name, [], [], featured, tier);
                    }

                    dish = dish with { Featured = dish.Featured || featured, Tier = Math.Min(dish.Tier, tier) };
                    if (item.GetProperty("cor_icon").ValueKind == JsonValueKind.Object)
                    {
                        foreach (var icon in item.GetProperty("cor_icon").EnumerateObject())
                        {
                            (allergenIcons.Contains(icon.Name) ? dish.AllergenSlugs : dish.DietSlugs).Add(slugs[icon.Name]);
                        }
                    }

                    dishes[key] = dish;
                }
            }
        }

        return [.. dishes.Values];
    }

    private static JsonDocument Assignment(string html, string target)
    {
        var line = html.Split('\n').Single(l => l.TrimStart().StartsWith(target + " = ", StringComparison.Ordinal)).Trim();
        return JsonDocument.Parse(line[(target.Length + 3)..].TrimEnd(';'));
    }

    [GeneratedRegex(@"Bamco\.dayparts\['\d+'\] = (?<json>\{.*\});\s*$", RegexOptions.Multiline)]
    private static partial Regex DaypartLine();
}
