using DiningMenus.Application.UnitTests.TestData;
using DiningMenus.Application.Common.Behaviors;
using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using Mediator;
using Moq;

namespace DiningMenus.Application.UnitTests.Common.Behaviors;

public sealed class CachingBehaviorTests
{
    public sealed record Answer(string Text, bool Stale) : ICacheableResponse
    {
        public CacheLifetime CacheLifetime => Stale ? CacheLifetime.Short : CacheLifetime.Fresh;
    }

    public sealed record CachedPing(string Text) : IQuery<Answer>, ICacheableQuery
    {
        public string CacheKey => "ping:" + Text;
    }

    public sealed record UncachedPing(string Text) : IQuery<Answer>;

    private static readonly DateTimeOffset Stored = new(2025, 12, 1, 20, 0, 0, TimeSpan.Zero);

    private Mock<IResponseCache> _cache = null!;
    private Mock<ICacheFillLock> _fillLock = null!;
    private Mock<IEagerRefresher> _refresher = null!;

    [SetUp]
    public void NewMocks()
    {
        _cache = new Mock<IResponseCache>();
        _fillLock = new Mock<ICacheFillLock>();
        _fillLock.Setup(l => l.TryAcquireAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Mock.Of<IAsyncDisposable>());
        _refresher = new Mock<IEagerRefresher>();
    }

    /// <summary>A coalescer that simply runs the work, so these tests see the behavior's own logic.</summary>
    private static IRequestCoalescer PassThrough()
    {
        var coalescer = new Mock<IRequestCoalescer>();
        coalescer.Setup(c => c.RunAsync(It.IsAny<string>(), It.IsAny<Func<CancellationToken, Task<Answer>>>(), It.IsAny<CancellationToken>()))
            .Returns((string _, Func<CancellationToken, Task<Answer>> work, CancellationToken ct) => work(ct));
        return coalescer.Object;
    }

    private CachingBehavior<TMessage, Answer> Behavior<TMessage>(IRequestCoalescer? coalescer = null)
        where TMessage : notnull, IMessage =>
        new(_cache.Object, coalescer ?? PassThrough(), _fillLock.Object, _refresher.Object, TestTelemetry.Create());

    private void CacheHolds(string key, Answer answer, bool refreshDue = false) =>
        _cache.Setup(c => c.GetEntryAsync<Answer>(key, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CacheEntry<Answer>(answer, Stored, Stored.AddMinutes(30), refreshDue));

    [Test]
    public async Task A_hit_skips_the_handler()
    {
        CacheHolds("ping:a", new Answer("cached", false));

        var answer = await Behavior<CachedPing>().Handle(new CachedPing("a"), (_, _) => throw new AssertionException("handler ran"), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("cached"));
        _refresher.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_hit_late_in_its_life_is_served_and_schedules_a_background_refresh()
    {
        CacheHolds("ping:a", new Answer("cached", false), refreshDue: true);
        var message = new CachedPing("a");

        var answer = await Behavior<CachedPing>().Handle(message, (_, _) => throw new AssertionException("handler ran"), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("cached"));
        _refresher.Verify(r => r.TrySchedule("ping:a", message), Times.Once);
    }

    [Test]
    public async Task A_forced_refresh_runs_the_handler_despite_a_hit_and_stores_the_new_answer()
    {
        CacheHolds("ping:a", new Answer("old", false));
        _cache.Setup(c => c.GetAsync<Answer>("ping:a", It.IsAny<CancellationToken>())).ReturnsAsync(new Answer("old", false));

        Answer answer;
        using (CacheRefreshScope.Force("ping:a"))
        {
            answer = await Behavior<CachedPing>().Handle(new CachedPing("a"), (m, _) => ValueTask.FromResult(new Answer("new", false)), CancellationToken.None);
        }

        Assert.That(answer.Text, Is.EqualTo("new"));
        _cache.Verify(c => c.SetAsync("ping:a", answer, CacheLifetime.Fresh, It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase(false, CacheLifetime.Fresh)]
    [TestCase(true, CacheLifetime.Short)]
    public async Task A_miss_runs_the_handler_once_and_stores_its_answer_with_the_answers_lifetime(bool stale, CacheLifetime lifetime)
    {
        var calls = 0;

        var answer = await Behavior<CachedPing>().Handle(new CachedPing("a"), (m, _) => { calls++; return ValueTask.FromResult(new Answer(m.Text, stale)); }, CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("a"));
        Assert.That(calls, Is.EqualTo(1));
        _cache.Verify(c => c.SetAsync("ping:a", answer, lifetime, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task When_another_instance_holds_the_fill_lock_its_stored_answer_is_used()
    {
        _fillLock.Setup(l => l.TryAcquireAsync("ping:a", It.IsAny<CancellationToken>())).ReturnsAsync((IAsyncDisposable?)null);
        _cache.SetupSequence(c => c.GetAsync<Answer>("ping:a", It.IsAny<CancellationToken>()))
            .ReturnsAsync((Answer?)null)
            .ReturnsAsync(new Answer("from the other instance", false));

        var answer = await Behavior<CachedPing>().Handle(new CachedPing("a"), (_, _) => throw new AssertionException("handler ran"), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("from the other instance"));
        _fillLock.Verify(l => l.WaitForReleaseAsync("ping:a", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task When_the_other_instance_never_stores_an_answer_this_one_fetches_after_waiting()
    {
        _fillLock.Setup(l => l.TryAcquireAsync("ping:a", It.IsAny<CancellationToken>())).ReturnsAsync((IAsyncDisposable?)null);

        var answer = await Behavior<CachedPing>().Handle(new CachedPing("a"), (m, _) => ValueTask.FromResult(new Answer("fetched", false)), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("fetched"));
        _cache.Verify(c => c.SetAsync("ping:a", answer, CacheLifetime.Fresh, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void A_failure_is_not_stored()
    {
        Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await Behavior<CachedPing>().Handle(new CachedPing("a"), (_, _) => throw new InvalidOperationException("upstream down"), CancellationToken.None));

        _cache.Verify(c => c.SetAsync(It.IsAny<string>(), It.IsAny<Answer>(), It.IsAny<CacheLifetime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Messages_without_the_marker_pass_straight_through()
    {
        var answer = await Behavior<UncachedPing>().Handle(new UncachedPing("b"), (m, _) => ValueTask.FromResult(new Answer(m.Text, false)), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("b"));
        _cache.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_miss_goes_through_the_coalescer_under_the_cache_key()
    {
        var coalescer = new Mock<IRequestCoalescer>();
        coalescer.Setup(c => c.RunAsync("ping:c", It.IsAny<Func<CancellationToken, Task<Answer>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Answer("shared", false));

        var answer = await Behavior<CachedPing>(coalescer.Object)
            .Handle(new CachedPing("c"), (_, _) => throw new AssertionException("handler ran outside the coalescer"), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("shared"));
    }
}
