using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace DiningMenus.Infrastructure.UnitTests.Caching;

/// <summary>The fidelity rule of ILastGoodMenuStore, through FusionCache, the jitter adapter and the cache JSON.</summary>
public sealed class CachedLastGoodMenuStoreTests
{
    private static readonly Hall Collins = new("collins", "Collins", "cmc", VendorType.BonAppetit);
    private static readonly DateOnly Saturday = new(2026, 2, 7);
    private static readonly DateTimeOffset Morning = new(2026, 2, 7, 16, 0, 0, TimeSpan.Zero);

    private readonly List<FusionCache> _caches = [];
    private MemoryDistributedCache _redis = null!;

    [SetUp]
    public void NewSecondLevel() => _redis = new(Options.Create(new MemoryDistributedCacheOptions()));

    [TearDown]
    public void DisposeCaches()
    {
        _caches.ForEach(c => c.Dispose());
        _caches.Clear();
    }

    /// <summary>A store on a cache of its own (another instance) over the one shared second level.</summary>
    private CachedLastGoodMenuStore Store()
    {
        var options = Options.Create(new CacheOptions());
        var cache = new FusionCache(new FusionCacheOptions());
        cache.SetupSerializer(new FusionCacheSystemTextJsonSerializer(CacheJson.Options));
        cache.SetupDistributedCache(new JitteredDistributedCache(_redis, options, new Random(7)));
        _caches.Add(cache);
        return new CachedLastGoodMenuStore(cache, options);
    }

    private static DayMenuResult Read(ReadFidelity fidelity, int hoursLater, string dish = "Cage Free Scrambled Eggs") =>
        new(Collins,
            new DayMenu("collins", Saturday, DayStatus.Open,
                [new Meal(MealPeriod.Brunch, "Brunch", null, null, [new Station("breakfast @ home", [new MenuItem(dish, null, ["vegetarian"], 180, [])])])])
            { Fidelity = fidelity },
            "bonappetit-page",
            Morning.AddHours(hoursLater),
            IsStale: false);

    [Test]
    public async Task A_reduced_read_never_replaces_a_full_copy_of_the_same_date()
    {
        var store = Store();
        await store.SaveAsync(Read(ReadFidelity.Full, 0), CancellationToken.None);

        await store.SaveAsync(Read(ReadFidelity.Reduced, 1), CancellationToken.None);

        var kept = await Store().FindAsync("collins", Saturday, CancellationToken.None);
        Assert.That((kept?.Menu.Fidelity, kept?.FetchedAt), Is.EqualTo(((ReadFidelity?)ReadFidelity.Full, (DateTimeOffset?)Morning)));
        Assert.That(kept!.Menu.Meals[0].Stations[0].Items[0].Tags, Is.EqualTo(new[] { "vegetarian" }), "the whole menu survives the round trip");
    }

    [Test]
    public async Task A_full_read_replaces_a_reduced_copy()
    {
        var store = Store();
        await store.SaveAsync(Read(ReadFidelity.Reduced, 0), CancellationToken.None);

        await store.SaveAsync(Read(ReadFidelity.Full, 1), CancellationToken.None);

        Assert.That((await store.FindAsync("collins", Saturday, CancellationToken.None))?.Menu.Fidelity, Is.EqualTo(ReadFidelity.Full));
    }

    [Test]
    public async Task A_reduced_read_is_kept_when_nothing_better_is()
    {
        var store = Store();
        await store.SaveAsync(Read(ReadFidelity.Reduced, 0, "Eggs"), CancellationToken.None);
        await store.SaveAsync(Read(ReadFidelity.Reduced, 1, "Scrambled Eggs"), CancellationToken.None);

        var kept = await store.FindAsync("collins", Saturday, CancellationToken.None);

        Assert.That((kept?.Menu.Fidelity, kept?.Menu.Meals[0].Stations[0].Items[0].Name), Is.EqualTo(((ReadFidelity?)ReadFidelity.Reduced, "Scrambled Eggs")));
    }

    [Test]
    public async Task A_newer_full_read_replaces_an_older_full_copy()
    {
        var store = Store();
        await store.SaveAsync(Read(ReadFidelity.Full, 0, "Eggs"), CancellationToken.None);
        await store.SaveAsync(Read(ReadFidelity.Full, 2, "Scrambled Eggs"), CancellationToken.None);

        var kept = await store.FindAsync("collins", Saturday, CancellationToken.None);

        Assert.That(kept?.Menu.Meals[0].Stations[0].Items[0].Name, Is.EqualTo("Scrambled Eggs"));
    }
}
