using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Archive;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Archive;

/// <summary>
/// The archive as the last-good store and as search's source, on a real database of each provider, fed with
/// Frary's captured week as the Eatec parser reads it.
/// </summary>
[TestFixture(ArchiveProviders.Sqlite)]
[TestFixture(ArchiveProviders.Postgres)]
public sealed class ArchiveStoreTests(string provider) : ArchiveTestBase(provider)
{
    private static readonly DateOnly December1 = new(2025, 12, 1);

    private static readonly DateOnly Saturday = new(2026, 2, 7);

    private const string CollinsPage = "bonappetit/collins_2026-02-07.html";

    private static IReadOnlyList<DayMenu> FraryWeek { get; } = ReadFraryWeek();

    private MenusApiFactory _service = null!;

    [SetUp]
    public void StartArchivingService() => _service = StartService();

    [TearDown]
    public async Task StopArchivingService() => await _service.DisposeAsync();

    [Test]
    public async Task A_saved_day_reads_back_as_it_was_read()
    {
        var read = Read(December1);

        await SaveAsync(_service, read);
        var found = await FindAsync(_service, "frary", December1);

        Assert.That(found, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(MenuContentHash.Of(found!.Menu), Is.EqualTo(MenuContentHash.Of(read.Menu)), "meals, stations and items unchanged");
            Assert.That(found.Menu.Meals.Select(m => m.Label), Is.EqualTo(read.Menu.Meals.Select(m => m.Label)));
            Assert.That(found.Source, Is.EqualTo(read.Source));
            Assert.That(found.FetchedAt, Is.EqualTo(read.FetchedAt));
            Assert.That(found.IsStale, Is.False, "the orchestrator marks it stale when it serves it");
            Assert.That(found.Hall.Id, Is.EqualTo("frary"));
        });
    }

    [Test]
    public async Task The_same_menu_saved_again_is_one_revision_and_one_notification()
    {
        await SaveAsync(_service, Read(December1));
        await SaveAsync(_service, Read(December1) with { FetchedAt = MenusApiFactory.DefaultNow.AddHours(1) });

        var revisions = await RevisionsAsync(_service, "frary", December1);
        Assert.That(revisions.Select(r => r.Revision), Is.EqualTo(new[] { 1 }));
        Assert.That(revisions[0].FetchedAt, Is.EqualTo(MenusApiFactory.DefaultNow), "a no-op re-read changes nothing");
        Assert.That(Published.Select(p => (p.HallId, p.Date, p.Revision, p.RevisionId)),
            Is.EqualTo(new[] { ("frary", December1, 1, revisions[0].Id) }));
    }

    [Test]
    public async Task A_changed_menu_becomes_the_next_revision_and_the_first_is_kept()
    {
        var first = Read(December1);
        var changed = first with { Menu = Rename(first.Menu, "Spicy Pork Bulgogi", "Beef Bulgogi") };

        await SaveAsync(_service, first);
        await SaveAsync(_service, changed);

        var revisions = await RevisionsAsync(_service, "frary", December1);
        var found = await FindAsync(_service, "frary", December1);
        Assert.That(revisions.Select(r => r.Revision), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(revisions.Select(r => r.ContentHash), Is.EqualTo(new[] { MenuContentHash.Of(first.Menu), MenuContentHash.Of(changed.Menu) }));
        Assert.That(AllNames(found!.Menu), Does.Contain("Beef Bulgogi").And.Not.Contain("Spicy Pork Bulgogi"), "the latest revision answers");
        Assert.That(Published.Select(p => p.Revision), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public async Task A_save_that_outlives_the_request_scope_still_reaches_the_subscribers()
    {
        using var client = _service.CreateClient();
        const string Bulgogi = "/api/v2/search?q=bulgogi&from=2025-12-01&to=2025-12-01";
        Assert.That(await SearchCountAsync(client, Bulgogi), Is.Zero, "the dish index is loaded, without bulgogi");

        // As a fetch that goes on in the background after its request was answered at the deadline.
        ILastGoodMenuStore store;
        await using (var request = _service.Services.CreateAsyncScope())
        {
            store = request.ServiceProvider.GetRequiredService<ILastGoodMenuStore>();
        }

        await store.SaveAsync(Read(December1), CancellationToken.None);

        Assert.That(await RevisionsAsync(_service, "frary", December1), Has.Count.EqualTo(1));
        Assert.That(await SearchCountAsync(client, Bulgogi), Is.EqualTo(1), "the search index heard of the new day (the clock has not moved)");
    }

    [Test]
    public async Task Stale_unpublished_and_empty_reads_are_never_archived()
    {
        var good = Read(December1);
        var emptyMeal = good.Menu with { Meals = [good.Menu.Meals[0] with { Stations = [] }] };

        await SaveAsync(_service, good with { IsStale = true });
        await SaveAsync(_service, good with { Menu = DayMenu.Unpublished("frary", December1) });
        await SaveAsync(_service, good with { Menu = emptyMeal });

        Assert.That(await RevisionsAsync(_service, "frary", December1), Is.Empty);
        Assert.That(Published, Is.Empty);
    }

    [Test]
    public async Task Another_date_is_never_an_answer()
    {
        await SaveAsync(_service, Read(December1));

        Assert.That(await FindAsync(_service, "frary", December1.AddDays(1)), Is.Null);
        Assert.That(await FindAsync(_service, "frank", December1), Is.Null);
    }

    [Test]
    public async Task A_markup_read_never_replaces_the_full_copy_of_the_same_date()
    {
        var full = ReadCollins(Captures.ReadText(CollinsPage), MenusApiFactory.DefaultNow);
        var markup = ReadCollins(CafePageEdits.WithoutBamcoScripts(Captures.ReadText(CollinsPage), out _), MenusApiFactory.DefaultNow.AddHours(1));
        Assert.That((full.Menu.Fidelity, markup.Menu.Fidelity), Is.EqualTo((ReadFidelity.Full, ReadFidelity.Reduced)));
        Assert.That(MenuContentHash.Of(markup.Menu), Is.Not.EqualTo(MenuContentHash.Of(full.Menu)), "the markup shows a little less");

        await SaveAsync(_service, full);
        await SaveAsync(_service, markup);

        var kept = await FindAsync(_service, "collins", Saturday);
        Assert.That((kept?.Menu.Fidelity, kept?.FetchedAt), Is.EqualTo(((ReadFidelity?)ReadFidelity.Full, (DateTimeOffset?)MenusApiFactory.DefaultNow)));
        Assert.That(MenuContentHash.Of(kept!.Menu), Is.EqualTo(MenuContentHash.Of(full.Menu)));
        Assert.That(await RevisionsAsync(_service, "collins", Saturday), Has.Count.EqualTo(1));
        Assert.That(Published, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_markup_read_reads_back_reduced_until_a_full_read_replaces_it_for_good()
    {
        var markup = ReadCollins(CafePageEdits.WithoutBamcoScripts(Captures.ReadText(CollinsPage), out _), MenusApiFactory.DefaultNow);
        var full = ReadCollins(Captures.ReadText(CollinsPage), MenusApiFactory.DefaultNow.AddHours(1));

        await SaveAsync(_service, markup);
        var first = await FindAsync(_service, "collins", Saturday);
        await SaveAsync(_service, full);
        await SaveAsync(_service, markup with { FetchedAt = MenusApiFactory.DefaultNow.AddHours(2) });
        var last = await FindAsync(_service, "collins", Saturday);

        Assert.That(first?.Menu.Fidelity, Is.EqualTo(ReadFidelity.Reduced), "the fidelity survives the round trip");
        Assert.That((last?.Menu.Fidelity, last?.FetchedAt), Is.EqualTo(((ReadFidelity?)ReadFidelity.Full, (DateTimeOffset?)full.FetchedAt)));
        Assert.That((await RevisionsAsync(_service, "collins", Saturday)).Select(r => (r.Revision, r.Fidelity)),
            Is.EqualTo(new[] { (1, ReadFidelity.Reduced), (2, ReadFidelity.Full) }));
    }

    [Test]
    public async Task A_full_read_of_what_a_reduced_revision_holds_is_the_next_revision()
    {
        var full = Read(December1);
        var reduced = full with { Menu = full.Menu with { Fidelity = ReadFidelity.Reduced } };

        await SaveAsync(_service, reduced);
        await SaveAsync(_service, full);
        await SaveAsync(_service, full with { FetchedAt = MenusApiFactory.DefaultNow.AddHours(1) });

        var revisions = await RevisionsAsync(_service, "frary", December1);
        Assert.That(revisions.Select(r => (r.Revision, r.Fidelity)), Is.EqualTo(new[] { (1, ReadFidelity.Reduced), (2, ReadFidelity.Full) }));
        Assert.That(revisions.Select(r => r.ContentHash).Distinct().Count(), Is.EqualTo(1), "the same dishes");
        Assert.That((await FindAsync(_service, "frary", December1))?.Menu.Fidelity, Is.EqualTo(ReadFidelity.Full));
    }

    [Test]
    public async Task A_changed_reduced_read_replaces_a_reduced_copy()
    {
        var first = Read(December1) with { Menu = Read(December1).Menu with { Fidelity = ReadFidelity.Reduced } };
        var changed = first with { Menu = Rename(first.Menu, "Spicy Pork Bulgogi", "Beef Bulgogi") };

        await SaveAsync(_service, first);
        await SaveAsync(_service, changed);

        var kept = await FindAsync(_service, "frary", December1);
        Assert.That(kept?.Menu.Fidelity, Is.EqualTo(ReadFidelity.Reduced));
        Assert.That(AllNames(kept!.Menu), Does.Contain("Beef Bulgogi"));
        Assert.That(await RevisionsAsync(_service, "frary", December1), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Two_instances_saving_the_same_day_at_once_archive_it_once()
    {
        var second = StartService();
        var read = Read(December1);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => SaveAsync(i % 2 == 0 ? _service : second, read)));

        var revisions = await RevisionsAsync(_service, "frary", December1);
        Assert.That(revisions, Has.Count.EqualTo(1));
        Assert.That(revisions[0].Meals.Sum(m => m.Stations.Sum(s => s.Items.Count)), Is.EqualTo(ItemCount(read.Menu)), "no partial day");
        Assert.That(Published, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Two_instances_saving_different_menus_at_once_never_duplicate_or_tear_a_revision()
    {
        var second = StartService();
        var a = Read(December1);
        var b = a with { Menu = Rename(a.Menu, "Spicy Pork Bulgogi", "Beef Bulgogi") };

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => SaveAsync(i % 2 == 0 ? _service : second, i % 4 < 2 ? a : b)));

        var revisions = await RevisionsAsync(_service, "frary", December1);
        Assert.That(revisions.Select(r => r.Revision), Is.EqualTo(Enumerable.Range(1, revisions.Count)), "numbered without gaps or repeats");
        Assert.That(revisions.Zip(revisions.Skip(1)).All(pair => pair.First.ContentHash != pair.Second.ContentHash), Is.True,
            "each revision changes the menu");
        Assert.That(revisions.All(r => r.Meals.Sum(m => m.Stations.Sum(s => s.Items.Count)) == ItemCount(a.Menu)), Is.True, "every revision complete");
        Assert.That(Published, Has.Count.EqualTo(revisions.Count));
    }

    [Test]
    public async Task Search_reads_only_the_latest_revision_of_a_day()
    {
        var first = Read(December1);
        await SaveAsync(_service, first);
        await SaveAsync(_service, first with { Menu = Rename(first.Menu, "Spicy Pork Bulgogi", "Beef Bulgogi") });
        var archive = _service.Services.GetRequiredService<IMenuArchive>();

        var old = await archive.FindOccurrencesAsync(new DishOccurrenceFilter(["spicy pork bulgogi"], December1, December1), CancellationToken.None);
        var current = await archive.FindOccurrencesAsync(new DishOccurrenceFilter(["beef bulgogi"], December1, December1), CancellationToken.None);
        var names = await archive.GetDishNamesAsync(CancellationToken.None);

        Assert.That(old, Is.Empty);
        Assert.That(current.Select(o => (o.HallId, o.Date, o.Meal, o.Station, o.Name)),
            Is.EqualTo(new[] { ("frary", December1, MealPeriod.Dinner, "Mainline", "Beef Bulgogi") }));
        Assert.That(names.Select(n => n.NormalizedName), Does.Contain("beef bulgogi").And.Contain("spicy pork bulgogi"));
    }

    [Test]
    public async Task Occurrences_are_filtered_by_dates_hall_and_meal()
    {
        await SaveWeekAsync();
        var archive = _service.Services.GetRequiredService<IMenuArchive>();
        string[] eggs = ["scrambled whole eggs"];

        var week = await archive.FindOccurrencesAsync(new DishOccurrenceFilter(eggs, December1, December1.AddDays(6)), CancellationToken.None);
        var twoDays = await archive.FindOccurrencesAsync(new DishOccurrenceFilter(eggs, December1.AddDays(1), December1.AddDays(2)), CancellationToken.None);
        var otherHall = await archive.FindOccurrencesAsync(new DishOccurrenceFilter(eggs, December1, December1.AddDays(6), "frank"), CancellationToken.None);
        var dinner = await archive.FindOccurrencesAsync(
            new DishOccurrenceFilter(eggs, December1, December1.AddDays(6), "frary", [MealPeriod.Dinner]), CancellationToken.None);

        Assert.That(week.Select(o => o.Date).Distinct().ToList(), Has.Count.EqualTo(7));
        Assert.That(twoDays.Select(o => o.Date).Distinct(), Is.EquivalentTo(new[] { December1.AddDays(1), December1.AddDays(2) }));
        Assert.That(otherHall, Is.Empty);
        Assert.That(dinner, Is.Empty);
    }

    [Test]
    public async Task Served_around_today_gives_the_last_date_before_today_and_the_first_after()
    {
        await SaveWeekAsync();
        var archive = _service.Services.GetRequiredService<IMenuArchive>();

        // Beyond Breakfast Sausage is on every day of the week but Wednesday 3 December.
        var around = await archive.FindServedAroundAsync(["beyond breakfast sausage", "spicy pork bulgogi"], new DateOnly(2025, 12, 3), CancellationToken.None);

        Assert.That(around.Where(o => o.NormalizedName == "beyond breakfast sausage").Select(o => o.Date).Distinct(),
            Is.EquivalentTo(new[] { new DateOnly(2025, 12, 2), new DateOnly(2025, 12, 4) }));
        Assert.That(around.Where(o => o.NormalizedName == "spicy pork bulgogi").Select(o => (o.Date, o.Meal)),
            Is.EqualTo(new[] { (December1, MealPeriod.Dinner) }));
    }

    [Test]
    public async Task Retention_deletes_days_past_the_window_with_their_rows_and_their_unused_dishes()
    {
        // Today is 2025-12-01, so 365 days keep 2024-12-01 and drop anything before.
        var read = Read(December1);
        var expired = read with { Menu = Rename(read.Menu, "Spicy Pork Bulgogi", "Retired Casserole") with { Date = new DateOnly(2024, 11, 30) } };
        var kept = read with { Menu = read.Menu with { Date = new DateOnly(2024, 12, 1) } };
        await SaveAsync(_service, expired);
        await SaveAsync(_service, kept);
        await SaveAsync(_service, read);

        var purged = await _service.Services.GetRequiredService<ArchiveRetention>().PurgeAsync(CancellationToken.None);

        Assert.That(purged, Is.EqualTo(1));
        Assert.That(await ArchivedDatesAsync(_service, "frary"), Is.EqualTo(new[] { new DateOnly(2024, 12, 1), December1 }));
        await using var db = await _service.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        Assert.That(await db.Items.CountAsync(i => i.ServedOn == new DateOnly(2024, 11, 30)), Is.Zero, "its items went with it");
        Assert.That(await db.Meals.CountAsync(), Is.EqualTo(2 * read.Menu.Meals.Count));
        Assert.That(await db.Dishes.AnyAsync(d => d.NormalizedName == "retired casserole"), Is.False, "served by no remaining day");
        Assert.That(await db.Dishes.AnyAsync(d => d.NormalizedName == "spicy pork bulgogi"), Is.True);
    }

    private static IReadOnlyList<DayMenu> ReadFraryWeek()
    {
        var read = EatecFeedParser.Parse(Captures.ReadText("pomona/frary_eatec_2025-12-01_to_2025-12-07.json"), "frary");
        Assert.That(read.Succeeded, Is.True, "the Frary capture parses");
        return [.. read.Days.Where(d => d.Status == DayStatus.Open).OrderBy(d => d.Date)];
    }

    private DayMenuResult Read(DateOnly date)
    {
        var hall = _service.Services.GetRequiredService<IHallRegistry>().Find("frary")!;
        return new DayMenuResult(hall, FraryWeek.Single(d => d.Date == date), "eatec-feed", MenusApiFactory.DefaultNow, IsStale: false);
    }

    /// <summary>Collins' Saturday as the Bon Appétit parser reads <paramref name="html"/>: from its data, or from its markup when the data is cut out.</summary>
    private DayMenuResult ReadCollins(string html, DateTimeOffset fetchedAt)
    {
        var read = BonAppetitPageParser.Parse(html, "collins", Saturday);
        Assert.That(read.Succeeded, Is.True, "the Collins capture parses");
        var hall = _service.Services.GetRequiredService<IHallRegistry>().Find("collins")!;
        return new DayMenuResult(hall, read.DayFor(Saturday)!, "bonappetit-page", fetchedAt, IsStale: false);
    }

    private async Task SaveWeekAsync()
    {
        foreach (var day in FraryWeek)
        {
            await SaveAsync(_service, Read(day.Date));
        }
    }

    private static async Task SaveAsync(MenusApiFactory service, DayMenuResult read)
    {
        await using var scope = service.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ILastGoodMenuStore>().SaveAsync(read, CancellationToken.None);
    }

    private static async Task<int> SearchCountAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), url);
        return (await response.ReadJsonAsync()).GetProperty("results").GetArrayLength();
    }

    private static async Task<DayMenuResult?> FindAsync(MenusApiFactory service, string hallId, DateOnly date)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ILastGoodMenuStore>().FindAsync(hallId, date, CancellationToken.None);
    }

    private static DayMenu Rename(DayMenu day, string from, string to) => day with
    {
        Meals = [.. day.Meals.Select(meal => meal with
        {
            Stations = [.. meal.Stations.Select(station => station with
            {
                Items = [.. station.Items.Select(item => item.Name == from ? item with { Name = to } : item)],
            })],
        })],
    };

    private static List<string> AllNames(DayMenu day) =>
        [.. day.Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).Select(i => i.Name)];

    private static int ItemCount(DayMenu day) => day.Meals.Sum(m => m.ItemCount);
}
