using System.Globalization;
using System.Text.Json;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>
/// Parses Pomona's Eatec feed (<c>/**/ menuData({...});</c>, or the same JSON bare) into one
/// <see cref="DayMenu"/> per service date it holds. One record is one station of one meal on one date.
/// </summary>
public static class EatecFeedParser
{
    public static MenuReadResult Parse(string body, string hallId)
    {
        var json = StripJsonp(body);
        if (json is null)
        {
            return MenuReadResult.Failed(SourceFailureKind.Malformed, "the feed is neither JSON nor menuData(...) JSONP");
        }

        try
        {
            using var document = JsonDocument.Parse(json.Value, new JsonDocumentOptions { MaxDepth = 64 });
            var menu = document.RootElement.Prop("EatecExchange")?.Prop("menu");
            if (menu is null)
            {
                return MenuReadResult.Failed(SourceFailureKind.Malformed, "the feed has no EatecExchange.menu");
            }

            var labels = new VendorLabelReader(VendorType.Pomona, new ParseReport());
            return MenuReadResult.Read(ReadDays(menu.OneOrMany(), hallId, labels), labels.Report);
        }
        catch (JsonException ex)
        {
            return MenuReadResult.Failed(SourceFailureKind.Malformed, $"the feed is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// The JSON inside <c>menuData( … )</c>, or the body itself when it already is JSON. A slice of the body, not a
    /// copy: the feed is up to 2.8 MB, and a copied string would land on the large object heap for nothing.
    /// </summary>
    internal static ReadOnlyMemory<char>? StripJsonp(string body)
    {
        var text = body.AsMemory().Trim();
        if (text.Span.StartsWith("/**/", StringComparison.Ordinal))
        {
            text = text[4..].TrimStart();
        }

        if (text.Length > 0 && text.Span[0] is '{' or '[')
        {
            return text;
        }

        var open = text.Span.IndexOf('(');
        var close = text.Span.LastIndexOf(')');
        if (open < 0 || close <= open)
        {
            return null;
        }

        var inner = text[(open + 1)..close].Trim();
        return inner.Length > 0 && inner.Span[0] is '{' or '[' ? inner : null;
    }

    private static List<DayMenu> ReadDays(IEnumerable<JsonElement> records, string hallId, VendorLabelReader labels)
    {
        // Records of a date and meal are consecutive in the feed, but grouping does not rely on it.
        var days = new Dictionary<DateOnly, DayBuilder>();
        var order = new List<DateOnly>();
        foreach (var record in records)
        {
            if (!DateOnly.TryParseExact(record.Str("@servedate"), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }

            if (!days.TryGetValue(date, out var day))
            {
                day = new DayBuilder(date, labels);
                days[date] = day;
                order.Add(date);
            }

            day.Add(record);
        }

        return [.. order.Select(date => days[date].Build(hallId))];
    }

    private sealed class DayBuilder(DateOnly date, VendorLabelReader labels)
    {
        private readonly List<MealBuilder> _meals = [];
        private bool _hasClosedRecord;

        public void Add(JsonElement record)
        {
            var recipes = record.Prop("recipes");
            var periodName = MenuText.Clean(record.Str("@mealperiodname")) ?? string.Empty;
            if (recipes?.Prop("closed") is not null || periodName.Equals("Closed", StringComparison.OrdinalIgnoreCase))
            {
                _hasClosedRecord = true;
                return;
            }

            var meal = _meals.FirstOrDefault(m => m.Label.Equals(periodName, StringComparison.OrdinalIgnoreCase));
            if (meal is null)
            {
                meal = new MealBuilder(periodName, record.Str("@name") ?? string.Empty, labels.Report);
                _meals.Add(meal);
            }

            var calorieIndex = CalorieIndex(record.Str("nutrients"));
            foreach (var recipe in recipes?.Prop("recipe").OneOrMany() ?? [])
            {
                // A recipe the kitchen hid is not on the menu at all: not counted as dropped.
                if (EatecFlag.IsShown(recipe.Str("@displayonwebsite"), labels.Report))
                {
                    meal.Stations.Add(MenuText.Clean(recipe.Str("@category")) ?? "Other", ReadItem(recipe, calorieIndex, labels));
                }
            }
        }

        public DayMenu Build(string hallId)
        {
            var hasLunch = _meals.Any(m => MealPeriods.FromSourceLabel(m.Label) == MealPeriod.Lunch);
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var meals = _meals
                .Select(m => m.Build(weekend, hasLunch))
                .Where(m => m.ItemCount > 0)
                .OrderBy(m => m.Period)
                .ToList();

            if (meals.Count > 0)
            {
                // Meals win over a Closed record on the same date (Frary, 2025-12-07).
                return new DayMenu(hallId, date, DayStatus.Open, meals);
            }

            return _hasClosedRecord ? DayMenu.Closed(hallId, date) : DayMenu.Unpublished(hallId, date);
        }
    }

    private sealed class MealBuilder(string label, string menuName, ParseReport report)
    {
        public string Label { get; } = label;

        public StationListBuilder Stations { get; } = new(report);

        /// <summary>
        /// Eatec labels brunch "Breakfast": the menu's own name says "Brunch" (Frank), or it is a weekend
        /// morning meal at a hall that serves no lunch that day (Frary's Saturday and Sunday).
        /// </summary>
        public Meal Build(bool weekend, bool dayHasLunch)
        {
            var period = MealPeriods.FromSourceLabel(Label);
            if (period == MealPeriod.Breakfast
                && (menuName.Contains("brunch", StringComparison.OrdinalIgnoreCase) || (weekend && !dayHasLunch)))
            {
                period = MealPeriod.Brunch;
            }

            return new Meal(period, Label, null, null, Stations.Build());
        }
    }

    /// <summary>The dish, or null when the recipe has neither a display name nor a recipe name.</summary>
    private static MenuItem? ReadItem(JsonElement recipe, int? calorieIndex, VendorLabelReader labels)
    {
        // @shortName is the display name; @description is the kitchen's recipe name, used only when no display name exists.
        var name = MenuText.Clean(recipe.Str("@shortName")) ?? MenuText.Clean(recipe.Str("@description"));
        if (name is null)
        {
            return null;
        }

        var diets = YesIds(recipe.Prop("dietaryChoices")?.Prop("dietaryChoice"), labels.Report)
            .Concat(YesIds(recipe.Prop("sustainability")?.Prop("dietaryChoice"), labels.Report));

        // No approval attribute is simply no approved figure; only a value nobody knows is worth reporting.
        var approved = recipe.Str("@approvedNutrition") is { } approval && EatecFlag.Read(approval, labels.Report) == true;
        int? calories = approved && calorieIndex is { } index ? NutrientAt(recipe.Str("@nutrients"), index) : null;

        return new MenuItem(
            Name: name,
            Description: MenuText.Clean(recipe.Str("@itemDailyComment")),
            Tags: labels.Tags(diets),
            Calories: calories,
            Allergens: labels.Allergens(YesIds(recipe.Prop("allergens")?.Prop("allergen"), labels.Report)));
    }

    /// <summary>The ids of entries whose text is a yes in an Eatec yes/no list (a lone entry is an object).</summary>
    private static List<string> YesIds(JsonElement? list, ParseReport report) =>
        [.. list.OneOrMany().Where(e => EatecFlag.Read(e.Str("#text"), report) == true).Select(e => e.Str("@id")).OfType<string>()];

    /// <summary>
    /// Position of calories in the record's nutrient header. Only it is trusted by position: the header names
    /// 18 nutrients while recipes carry 16 values.
    /// </summary>
    private static int? CalorieIndex(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var names = header.Split('|');
        var index = Array.FindIndex(names, n => n.TrimEnd().EndsWith("~CAL", StringComparison.Ordinal));
        return index >= 0 ? index : null;
    }

    private static int? NutrientAt(string? values, int index)
    {
        var parts = values?.Split('|');
        return parts is not null && index < parts.Length ? MenuText.LeadingNumber(parts[index]) : null;
    }
}
