using System.Text.Json;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>Reads the items out of a menu answer: a day (<c>meals</c>) or one meal (<c>stations</c>).</summary>
internal static class MenuJson
{
    /// <summary>One item of an answer with the meal label and station it is listed under.</summary>
    public sealed record ServedItem(string Meal, string Station, JsonElement Item)
    {
        public string Name => Item.GetProperty("name").GetString()!;

        public IReadOnlyList<string> Tags => Words("tags");

        public IReadOnlyList<string> Allergens => Words("allergens");

        public bool? Featured => Item.GetProperty("featured").ValueKind == JsonValueKind.Null ? null : Item.GetProperty("featured").GetBoolean();

        public int? Tier => Item.GetProperty("tier").ValueKind == JsonValueKind.Null ? null : Item.GetProperty("tier").GetInt32();

        /// <summary>Meal label, station and name (lower case): how a dish is told apart within a day.</summary>
        public string Key => KeyOf(Meal, Station, Name);

        private List<string> Words(string property) => [.. Item.GetProperty(property).EnumerateArray().Select(w => w.GetString()!)];
    }

    /// <summary>The <see cref="ServedItem.Key"/> an independently read dish should be served under.</summary>
    public static string KeyOf(BamcoPageReading.Dish dish) => KeyOf(dish.Meal, dish.Station, dish.Name);

    /// <summary>Every item of a day answer (<c>GET /api/v2/halls/{id}/menus/{date}</c>).</summary>
    public static List<ServedItem> DayItems(JsonElement day) =>
        [.. day.GetProperty("meals").EnumerateArray()
            .SelectMany(meal => StationItems(meal, meal.GetProperty("meal_label").GetString()!))];

    /// <summary>Every item of a meal answer (<c>GET /api/v2/menus</c>) or of one meal of a day.</summary>
    public static List<ServedItem> StationItems(JsonElement meal, string mealLabel) =>
        [.. meal.GetProperty("stations").EnumerateArray()
            .SelectMany(station => station.GetProperty("items").EnumerateArray()
                .Select(item => new ServedItem(mealLabel, station.GetProperty("name").GetString()!, item)))];

    /// <summary>The stations of every meal of a day answer, or of a meal answer.</summary>
    public static IEnumerable<JsonElement> Stations(JsonElement answer) =>
        answer.TryGetProperty("meals", out var meals)
            ? meals.EnumerateArray().SelectMany(meal => meal.GetProperty("stations").EnumerateArray())
            : answer.GetProperty("stations").EnumerateArray();

    private static string KeyOf(string meal, string station, string name) => $"{meal} / {station} / {name.ToLowerInvariant()}";
}
