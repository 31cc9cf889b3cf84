using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetMenu;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Caching;
using DiningMenus.Infrastructure.Vendors.Pomona;

namespace DiningMenus.Benchmarks;

/// <summary>
/// The CPU work of one warm (cached) GET beyond the HTTP and MVC plumbing: read the day entry the cache holds
/// (the whole day, every meal, as JSON), pick the meal, map it and write the response as the API does.
/// </summary>
[MemoryDiagnoser]
public class CacheHitBenchmarks
{
    private static readonly JsonSerializerOptions ApiJson = new(JsonSerializerDefaults.Web)
    {
        // As src/Api/DependencyInjection.cs configures MVC.
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private byte[] _cachedDay = [];
    private DayMenuResult _day = null!;

    [GlobalSetup]
    public void Setup()
    {
        var feed = "/**/ menuData(" + Fixtures.Read("pomona/frary_eatec_2025-12-01_to_2025-12-07.json") + ");";
        var menu = EatecFeedParser.Parse(feed, "frary").DayFor(new DateOnly(2025, 12, 1))
            ?? throw new InvalidOperationException("2025-12-01 missing from the Frary capture");
        _day = new DayMenuResult(new Hall("frary", "Frary", "pomona", VendorType.Pomona), menu, "eatec-feed", DateTimeOffset.UtcNow, IsStale: false);
        _cachedDay = JsonSerializer.SerializeToUtf8Bytes(_day, CacheJson.Options);
    }

    [Benchmark(Description = "cache hit: deserialize the Frary day entry (CacheJson)")]
    public DayMenuResult? DeserializeDay() => JsonSerializer.Deserialize<DayMenuResult>(_cachedDay, CacheJson.Options);

    [Benchmark(Description = "pick dinner, map, serialize the response (snake_case)")]
    public byte[] PickMapSerialize()
    {
        var meal = _day.Menu.FindMeal(MealPeriod.Dinner)!;
        var response = new MenuResponse(
            _day.Hall.Id, _day.Menu.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), meal.Period.ToWireName(),
            meal.Stations.ToResponses(), _day.IsStale, _day.FetchedAt, _day.Hall.Name, meal.Label,
            meal.Start.ToWireTime(), meal.End.ToWireTime(), _day.Source);
        return JsonSerializer.SerializeToUtf8Bytes(response, ApiJson);
    }
}
