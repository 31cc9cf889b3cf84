using DiningMenus.Application.Common.Behaviors;
using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.UnitTests.TestData;
using Mediator;
using Microsoft.Extensions.Time.Testing;
using ZiggyCreatures.Caching.Fusion;

namespace DiningMenus.Application.UnitTests.Common.Behaviors;

/// <summary>The caching behavior on a real FusionCache in memory; the clock of the answers is a <see cref="FakeTimeProvider"/>.</summary>
public sealed class CachingBehaviorTests
{
    public sealed record Answer(string Text, bool Stale = false) : ICacheableResponse
    {
        public CacheLifetime CacheLifetime => Stale ? CacheLifetime.Failed : CacheLifetime.Fresh;
    }

    public sealed record CachedPing(string Text) : IQuery<Answer>, ICacheableQuery
    {
        public string CacheKey => "ping:" + Text;

        public CacheUse CacheUse { get; init; }

        public DateTimeOffset? AnswerBy { get; init; }
    }

    public sealed record UncachedPing(string Text) : IQuery<Answer>;

    /// <summary>The kept copy of "a" is "kept"; nothing else is kept.</summary>
    private sealed class KeptCopies : ICacheFallback<CachedPing, Answer>
    {
        public Task<Answer?> FindAsync(CachedPing message, CancellationToken cancellationToken) =>
            Task.FromResult(message.Text == "a" ? new Answer("kept", Stale: true) : null);

        public Answer AsStale(Answer response) => response with { Stale = true };

        public string UnavailableDetail(CachedPing message) => $"{message.Text} is unavailable";
    }

    private static readonly DateTimeOffset Now = new(2025, 12, 1, 20, 0, 0, TimeSpan.Zero);
    private static readonly MenusOptions Menus = new() { RetryAfterSeconds = 60 };

    private FusionCache _cache = null!;
    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void NewCache()
    {
        _cache = TestCaches.Memory(Menus.RetryAfterSeconds);
        _clock = new FakeTimeProvider(Now);
    }

    [TearDown]
    public void DisposeCache() => _cache.Dispose();

    private CachingBehavior<TMessage, Answer> Behavior<TMessage>(TimeProvider? clock = null)
        where TMessage : notnull, IMessage =>
        new(TestCaches.Answers(_cache, clock ?? _clock, Menus),
            typeof(TMessage) == typeof(CachedPing) ? [(ICacheFallback<TMessage, Answer>)(object)new KeptCopies()] : [],
            clock ?? _clock, TestTelemetry.Create());

    private static MessageHandlerDelegate<CachedPing, Answer> Counting(Func<CachedPing, Answer> answer, Action counted) =>
        (m, _) => { counted(); return ValueTask.FromResult(answer(m)); };

    private static MessageHandlerDelegate<CachedPing, Answer> Unavailable(Action counted) =>
        (_, _) => { counted(); throw new UpstreamUnavailableException("upstream down", TimeSpan.FromSeconds(60)); };

    [Test]
    public async Task A_miss_runs_the_handler_once_and_later_reads_are_hits_for_the_answers_life()
    {
        var calls = 0;
        var behavior = Behavior<CachedPing>();

        var first = await behavior.Handle(new CachedPing("a"), Counting(m => new Answer(m.Text), () => calls++), CancellationToken.None);
        var second = await behavior.Handle(new CachedPing("a"), Counting(_ => new Answer("again"), () => calls++), CancellationToken.None);

        Assert.That((first.Text, second.Text, calls), Is.EqualTo(("a", "a", 1)));
        var cached = await _cache.GetOrDefaultAsync<CachedAnswer<Answer>>("ping:a");
        Assert.That(cached!.FreshUntil, Is.EqualTo(Now.AddSeconds(new CacheOptions().BaseTtlSeconds)));
    }

    [Test]
    public async Task A_refresh_runs_the_handler_despite_a_hit_and_stores_the_new_answer()
    {
        var behavior = Behavior<CachedPing>();
        await behavior.Handle(new CachedPing("a"), Counting(_ => new Answer("old"), () => { }), CancellationToken.None);

        var refreshed = await behavior.Handle(new CachedPing("a") { CacheUse = CacheUse.Refresh }, Counting(_ => new Answer("new"), () => { }), CancellationToken.None);
        var read = await behavior.Handle(new CachedPing("a"), (_, _) => throw new AssertionException("handler ran"), CancellationToken.None);

        Assert.That((refreshed.Text, read.Text), Is.EqualTo(("new", "new")));
    }

    [Test]
    public void A_refresh_that_fails_is_reported_and_leaves_the_cached_answer()
    {
        var behavior = Behavior<CachedPing>();

        Assert.ThrowsAsync<UpstreamUnavailableException>(async () =>
            await behavior.Handle(new CachedPing("a") { CacheUse = CacheUse.Refresh }, Unavailable(() => { }), CancellationToken.None));
    }

    [Test]
    public async Task Kept_only_never_runs_the_handler_and_falls_back_to_the_kept_copy_or_a_503()
    {
        var behavior = Behavior<CachedPing>();
        MessageHandlerDelegate<CachedPing, Answer> never = (_, _) => throw new AssertionException("handler ran");

        var kept = await behavior.Handle(new CachedPing("a") { CacheUse = CacheUse.KeptOnly }, never, CancellationToken.None);
        var unavailable = Assert.ThrowsAsync<UpstreamUnavailableException>(async () =>
            await behavior.Handle(new CachedPing("b") { CacheUse = CacheUse.KeptOnly }, never, CancellationToken.None));

        Assert.That((kept.Text, kept.Stale), Is.EqualTo(("kept", true)));
        Assert.That(unavailable!.Message, Is.EqualTo("b is unavailable"));
    }

    [Test]
    public async Task A_failure_is_remembered_for_the_retry_window_and_retry_after_says_what_is_left()
    {
        var calls = 0;
        var behavior = Behavior<CachedPing>();

        var first = Assert.ThrowsAsync<UpstreamUnavailableException>(async () =>
            await behavior.Handle(new CachedPing("b"), Unavailable(() => calls++), CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(20));
        var later = Assert.ThrowsAsync<UpstreamUnavailableException>(async () =>
            await behavior.Handle(new CachedPing("b"), Unavailable(() => calls++), CancellationToken.None));
        var stale = await behavior.Handle(new CachedPing("a"), Unavailable(() => calls++), CancellationToken.None);
        var staleAgain = await behavior.Handle(new CachedPing("a"), Unavailable(() => calls++), CancellationToken.None);

        Assert.That(calls, Is.EqualTo(2), "one attempt per key within the window");
        Assert.That((first!.Message, first.RetryAfter), Is.EqualTo(("upstream down", TimeSpan.FromSeconds(60))));
        Assert.That(later!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(40)));
        Assert.That((stale.Text, stale.Stale, staleAgain.Text), Is.EqualTo(("kept", true, "kept")));
    }

    [Test]
    public async Task An_expired_answer_is_the_fail_safe_fallback_of_a_failed_fetch_marked_stale_and_kept_for_the_window()
    {
        var calls = 0;
        var behavior = Behavior<CachedPing>();
        await behavior.Handle(new CachedPing("c"), Counting(_ => new Answer("good"), () => calls++), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(new CacheOptions().BaseTtlSeconds)); // the answers' clock
        await _cache.ExpireAsync("ping:c");                                      // FusionCache's own (system) clock

        var fallback = await behavior.Handle(new CachedPing("c"), Unavailable(() => calls++), CancellationToken.None);
        var throttled = await behavior.Handle(new CachedPing("c"), Unavailable(() => calls++), CancellationToken.None);

        Assert.That((fallback.Text, fallback.Stale), Is.EqualTo(("good", true)), "no kept copy of c: the cache's own expired copy");
        Assert.That((throttled.Text, throttled.Stale), Is.EqualTo(("good", true)));
        Assert.That(calls, Is.EqualTo(2), "the fetch, then one failed attempt: the fallback is kept for the window");
    }

    [Test]
    public async Task A_handler_late_for_the_deadline_is_answered_with_the_kept_copy_and_fills_the_cache_when_it_ends()
    {
        var clock = TimeProvider.System;
        var behavior = Behavior<CachedPing>(clock);
        var vendor = new TaskCompletionSource<Answer>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;

        var answer = await behavior.Handle(
            new CachedPing("a") { AnswerBy = clock.GetUtcNow().AddMilliseconds(50) },
            (_, _) => { calls++; return new ValueTask<Answer>(vendor.Task); },
            CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(30)); // liveness guard only
        vendor.SetResult(new Answer("late but good"));
        var filled = await WaitForAsync(() => _cache.GetOrDefaultAsync<CachedAnswer<Answer>>("ping:a").AsTask());
        var next = await behavior.Handle(new CachedPing("a"), (_, _) => throw new AssertionException("handler ran"), CancellationToken.None);

        Assert.That((answer.Text, answer.Stale), Is.EqualTo(("kept", true)));
        Assert.That(filled.Value!.Text, Is.EqualTo("late but good"));
        Assert.That((next.Text, calls), Is.EqualTo(("late but good", 1)));
    }

    [Test]
    public async Task Messages_without_the_marker_pass_straight_through()
    {
        var answer = await Behavior<UncachedPing>().Handle(new UncachedPing("b"), (m, _) => ValueTask.FromResult(new Answer(m.Text)), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("b"));
    }

    /// <summary>Polls for a background completion (bounded: a liveness guard, not a timing assertion).</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(10);
        }

        throw new AssertionException("the background fetch never filled the cache");
    }
}
