using System.Text.Json;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// Parses Sodexo's array of meals (<c>[{name: "BRUNCH", groups: [{name, items: [...]}]}]</c>), the body of the
/// menu API and the <c>sections</c> of the location page. It carries no date and no times: the caller
/// supplies the date it asked for.
/// </summary>
public static class SodexoMenuSectionsParser
{
    public static MenuReadResult Parse(string body, string hallId, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return MenuReadResult.Failed(SourceFailureKind.Malformed, "the menu body is empty");
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            return Parse(document.RootElement, hallId, date);
        }
        catch (JsonException ex)
        {
            return MenuReadResult.Failed(SourceFailureKind.Malformed, $"the menu is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>Reads an already parsed array of meals; <c>[]</c> means "not published", not "closed".</summary>
    public static MenuReadResult Parse(JsonElement sections, string hallId, DateOnly date)
    {
        if (sections.ValueKind != JsonValueKind.Array)
        {
            return MenuReadResult.Failed(SourceFailureKind.Malformed, $"expected a JSON array of meals, got {sections.ValueKind}");
        }

        var labels = new VendorLabelReader(VendorType.Sodexo, new ParseReport());
        var meals = new List<Meal>();
        var oddEntries = 0;
        foreach (var entry in sections.EnumerateArray())
        {
            if (entry.Prop("groups") is not { ValueKind: JsonValueKind.Array } groups)
            {
                oddEntries++;
                continue;
            }

            var meal = ReadMeal(MenuText.Clean(entry.Str("name")) ?? string.Empty, groups, labels);
            if (meal.ItemCount > 0)
            {
                meals.Add(meal);
            }
        }

        if (meals.Count > 0)
        {
            return MenuReadResult.Read(new DayMenu(hallId, date, DayStatus.Open, [.. meals.OrderBy(m => m.Period)]), labels.Report);
        }

        // An array of things that are not meals is a changed format, not an empty menu.
        return oddEntries > 0
            ? MenuReadResult.Failed(SourceFailureKind.Malformed, $"{oddEntries} entries of the meal array are not meals")
            : MenuReadResult.Read(DayMenu.Unpublished(hallId, date), labels.Report);
    }

    private static Meal ReadMeal(string label, JsonElement groups, VendorLabelReader labels)
    {
        var stations = new StationListBuilder(labels.Report);
        foreach (var group in groups.EnumerateArray())
        {
            var station = SodexoMenuReader.StationName(group.Str("name"));
            foreach (var item in group.Prop("items").OneOrMany())
            {
                SodexoMenuReader.AddTo(stations, station, item, labels);
            }
        }

        return new Meal(MealPeriods.FromSourceLabel(label), label, null, null, stations.Build());
    }
}
