using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.UnitTests.TestData;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ZiggyCreatures.Caching.Fusion;

namespace DiningMenus.Application.UnitTests.Menus.Common;

public sealed class MenuFallbackOrchestratorTests
{
    private static readonly DateOnly Monday = new(2025, 12, 1);
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 20, 0, 0, TimeSpan.Zero);

    private Mock<ILastGoodMenuStore> _lastGood = null!;
    private FusionCache _cache = null!;
    private SourceHealthLedger _health = null!;

    [TearDown]
    public void DisposeCache() => _cache.Dispose();

    [SetUp]
    public void NewStores()
    {
        _lastGood = new Mock<ILastGoodMenuStore>();
        _cache = TestCaches.Memory();
        _health = new SourceHealthLedger();
    }

    private static IMenuSource Source(string name, int priority, MenuReadResult result, VendorType vendor = VendorType.Pomona)
    {
        var source = new Mock<IMenuSource>();
        source.SetupGet(s => s.Name).Returns(name);
        source.SetupGet(s => s.Priority).Returns(priority);
        source.SetupGet(s => s.Vendor).Returns(vendor);
        source.Setup(s => s.ReadAsync(It.IsAny<Hall>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>())).ReturnsAsync(result);
        return source.Object;
    }

    private MenuFallbackOrchestrator Orchestrator(params IMenuSource[] sources)
    {
        var telemetry = TestTelemetry.Create();
        var clock = new FakeTimeProvider(Now);
        return new(sources, _lastGood.Object, TestCaches.Answers(_cache, clock), _health, clock, Options.Create(new MenusOptions { RetryAfterSeconds = 42 }),
            telemetry, new ParseReportRecorder(telemetry, NullLogger<ParseReportRecorder>.Instance), NullLogger<MenuFallbackOrchestrator>.Instance);
    }

    private static MenuReadResult Broken => MenuReadResult.Failed(SourceFailureKind.Malformed, "HTML instead of JSON");

    [Test]
    public async Task The_primary_answers_and_its_menu_is_kept_as_last_good()
    {
        var result = await Orchestrator(Source("feed", 0, MenuReadResult.Read(TestHalls.OpenDay(Monday)))).ReadAsync(TestHalls.Frary, Monday, CancellationToken.None);

        Assert.That(result.Source, Is.EqualTo("feed"));
        Assert.That(result.IsStale, Is.False);
        Assert.That(result.FetchedAt, Is.EqualTo(Now));
        _lastGood.Verify(s => s.SaveAsync(result, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task A_failing_primary_falls_back_to_the_next_source_in_priority_order()
    {
        var orchestrator = Orchestrator(
            Source("third", 2, MenuReadResult.Read(TestHalls.OpenDay(Monday))),
            Source("primary", 0, Broken),
            Source("second", 1, MenuReadResult.Read(TestHalls.OpenDay(Monday))));

        var result = await orchestrator.ReadAsync(TestHalls.Frary, Monday, CancellationToken.None);

        Assert.That(result.Source, Is.EqualTo("second"));
        var health = _health.For("frary");
        Assert.That((health.LastSource, health.LastSuccessAt), Is.EqualTo(("second", (DateTimeOffset?)Now)));
        Assert.That((health.LastFailedSource, health.LastFailureReason), Is.EqualTo(("primary", "Malformed: HTML instead of JSON")));
    }

    [Test]
    public async Task Sources_of_other_vendors_are_not_asked()
    {
        var orchestrator = Orchestrator(
            Source("sodexo", 0, MenuReadResult.Read(TestHalls.OpenDay(Monday)), VendorType.Sodexo),
            Source("feed", 1, MenuReadResult.Read(TestHalls.OpenDay(Monday))));

        var result = await orchestrator.ReadAsync(TestHalls.Frary, Monday, CancellationToken.None);

        Assert.That(result.Source, Is.EqualTo("feed"));
    }

    [Test]
    public async Task When_every_source_fails_the_last_good_copy_of_the_same_date_is_served_stale()
    {
        var old = new DayMenuResult(TestHalls.Frary, TestHalls.OpenDay(Monday), "feed", Now.AddHours(-3), false);
        _lastGood.Setup(s => s.FindAsync("frary", Monday, It.IsAny<CancellationToken>())).ReturnsAsync(old);

        var result = await Orchestrator(Source("feed", 0, Broken)).ReadAsync(TestHalls.Frary, Monday, CancellationToken.None);

        Assert.That(result.IsStale, Is.True);
        Assert.That(result.FetchedAt, Is.EqualTo(Now.AddHours(-3)));
        Assert.That(result.CacheLifetime, Is.EqualTo(CacheLifetime.Failed));
        _lastGood.Verify(s => s.SaveAsync(It.IsAny<DayMenuResult>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void When_every_source_fails_and_nothing_good_exists_it_is_unavailable_with_retry_after()
    {
        var thrown = Assert.ThrowsAsync<UpstreamUnavailableException>(() =>
            Orchestrator(Source("feed", 0, Broken)).ReadAsync(TestHalls.Frary, Monday, CancellationToken.None));

        Assert.That(thrown!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(42)));
        Assert.That(thrown.Message, Does.Contain("2025-12-01"));
    }

    [Test]
    public void A_meal_without_items_is_a_failure_not_an_empty_menu()
    {
        var hollow = new DayMenu("frary", Monday, DayStatus.Open, [new Meal(MealPeriod.Dinner, "Dinner", null, null, [])]);

        Assert.ThrowsAsync<UpstreamUnavailableException>(() =>
            Orchestrator(Source("feed", 0, MenuReadResult.Read(hollow))).ReadAsync(TestHalls.Frary, Monday, CancellationToken.None));
        _lastGood.Verify(s => s.SaveAsync(It.IsAny<DayMenuResult>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task A_menu_for_another_date_is_never_served_for_this_one()
    {
        var result = await Orchestrator(Source("feed", 0, MenuReadResult.Read(TestHalls.OpenDay(Monday.AddDays(1)))))
            .ReadAsync(TestHalls.Frary, Monday, CancellationToken.None);

        Assert.That(result.Menu.Status, Is.EqualTo(DayStatus.Unpublished));
        Assert.That(result.Menu.Date, Is.EqualTo(Monday));
    }

    [Test]
    public async Task Other_dates_of_the_same_download_are_cached_fresh_and_kept_as_last_good()
    {
        var tuesday = TestHalls.OpenDay(Monday.AddDays(1));
        var result = await Orchestrator(Source("feed", 0, MenuReadResult.Read([TestHalls.OpenDay(Monday), tuesday])))
            .ReadAsync(TestHalls.Frary, Monday, CancellationToken.None);

        Assert.That(result.Menu.Date, Is.EqualTo(Monday));
        var cached = await _cache.GetOrDefaultAsync<CachedAnswer<DayMenuResult>>(DayMenuCacheKeys.Fresh("frary", tuesday.Date));
        Assert.That(cached?.Value?.Menu, Is.SameAs(tuesday));
        Assert.That((cached!.Lifetime, cached.FreshUntil), Is.EqualTo((CacheLifetime.Fresh, Now.AddSeconds(new CacheOptions().BaseTtlSeconds))));
        _lastGood.Verify(s => s.SaveAsync(It.Is<DayMenuResult>(r => r.Menu == tuesday), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task A_source_that_throws_is_treated_as_failed_and_the_next_one_answers()
    {
        var throwing = new Mock<IMenuSource>();
        throwing.SetupGet(s => s.Name).Returns("buggy");
        throwing.SetupGet(s => s.Vendor).Returns(VendorType.Pomona);
        throwing.Setup(s => s.ReadAsync(It.IsAny<Hall>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NullReferenceException());

        var result = await Orchestrator(throwing.Object, Source("feed", 1, MenuReadResult.Read(TestHalls.OpenDay(Monday))))
            .ReadAsync(TestHalls.Frary, Monday, CancellationToken.None);

        Assert.That(result.Source, Is.EqualTo("feed"));
    }

    [Test]
    public async Task An_unpublished_answer_is_cached_only_briefly()
    {
        var result = await Orchestrator(Source("feed", 0, MenuReadResult.Read([]))).ReadAsync(TestHalls.Frary, Monday, CancellationToken.None);

        Assert.That(result.Menu.Status, Is.EqualTo(DayStatus.Unpublished));
        Assert.That(result.CacheLifetime, Is.EqualTo(CacheLifetime.Short));
    }

    [Test]
    public async Task A_reduced_read_is_served_fresh_but_only_briefly_cached_and_offered_to_the_store_under_its_rule()
    {
        var reduced = TestHalls.OpenDay(Monday) with { Fidelity = ReadFidelity.Reduced };

        var result = await Orchestrator(Source("page", 0, MenuReadResult.Read(reduced))).ReadAsync(TestHalls.Frary, Monday, CancellationToken.None);

        Assert.That((result.IsStale, result.Menu.Fidelity), Is.EqualTo((false, ReadFidelity.Reduced)));
        Assert.That(result.CacheLifetime, Is.EqualTo(CacheLifetime.Short), "a page that lost its menu data is asked again soon");
        _lastGood.Verify(s => s.SaveAsync(result, It.IsAny<CancellationToken>()), Times.Once);
    }
}
