using DiningMenus.Application.UnitTests.TestData;
using DiningMenus.Application.Common.Behaviors;
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

    private Mock<IResponseCache> _cache = null!;

    [SetUp]
    public void NewCache() => _cache = new Mock<IResponseCache>();

    /// <summary>A coalescer that simply runs the work, so these tests see the behavior's own logic.</summary>
    private static IRequestCoalescer PassThrough()
    {
        var coalescer = new Mock<IRequestCoalescer>();
        coalescer.Setup(c => c.RunAsync(It.IsAny<string>(), It.IsAny<Func<CancellationToken, Task<Answer>>>(), It.IsAny<CancellationToken>()))
            .Returns((string _, Func<CancellationToken, Task<Answer>> work, CancellationToken ct) => work(ct));
        return coalescer.Object;
    }

    [Test]
    public async Task A_hit_skips_the_handler()
    {
        _cache.Setup(c => c.GetAsync<Answer>("ping:a", It.IsAny<CancellationToken>())).ReturnsAsync(new Answer("cached", false));
        var behavior = new CachingBehavior<CachedPing, Answer>(_cache.Object, PassThrough(), TestTelemetry.Create());

        var answer = await behavior.Handle(new CachedPing("a"), (_, _) => throw new AssertionException("handler ran"), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("cached"));
    }

    [TestCase(false, CacheLifetime.Fresh)]
    [TestCase(true, CacheLifetime.Short)]
    public async Task A_miss_runs_the_handler_once_and_stores_its_answer_with_the_answers_lifetime(bool stale, CacheLifetime lifetime)
    {
        var behavior = new CachingBehavior<CachedPing, Answer>(_cache.Object, PassThrough(), TestTelemetry.Create());
        var calls = 0;

        var answer = await behavior.Handle(new CachedPing("a"), (m, _) => { calls++; return ValueTask.FromResult(new Answer(m.Text, stale)); }, CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("a"));
        Assert.That(calls, Is.EqualTo(1));
        _cache.Verify(c => c.SetAsync("ping:a", answer, lifetime, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void A_failure_is_not_stored()
    {
        var behavior = new CachingBehavior<CachedPing, Answer>(_cache.Object, PassThrough(), TestTelemetry.Create());

        Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behavior.Handle(new CachedPing("a"), (_, _) => throw new InvalidOperationException("upstream down"), CancellationToken.None));

        _cache.Verify(c => c.SetAsync(It.IsAny<string>(), It.IsAny<Answer>(), It.IsAny<CacheLifetime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Messages_without_the_marker_pass_straight_through()
    {
        var behavior = new CachingBehavior<UncachedPing, Answer>(_cache.Object, PassThrough(), TestTelemetry.Create());

        var answer = await behavior.Handle(new UncachedPing("b"), (m, _) => ValueTask.FromResult(new Answer(m.Text, false)), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("b"));
        _cache.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_miss_goes_through_the_coalescer_under_the_cache_key()
    {
        var coalescer = new Mock<IRequestCoalescer>();
        coalescer.Setup(c => c.RunAsync("ping:c", It.IsAny<Func<CancellationToken, Task<Answer>>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Answer("shared", false));
        var behavior = new CachingBehavior<CachedPing, Answer>(_cache.Object, coalescer.Object, TestTelemetry.Create());

        var answer = await behavior.Handle(new CachedPing("c"), (_, _) => throw new AssertionException("handler ran outside the coalescer"), CancellationToken.None);

        Assert.That(answer.Text, Is.EqualTo("shared"));
    }
}
