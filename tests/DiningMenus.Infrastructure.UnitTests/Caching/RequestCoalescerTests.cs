using DiningMenus.Infrastructure.UnitTests.TestData;
using DiningMenus.Infrastructure.Caching;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.Caching;

public sealed class RequestCoalescerTests
{
    private static RequestCoalescer Coalescer(int timeoutSeconds = 30) =>
        new(Options.Create(new CacheOptions { CoalesceTimeoutSeconds = timeoutSeconds }), TestTelemetry.Create());

    [Test]
    public async Task Concurrent_callers_of_one_key_share_one_run_and_its_result()
    {
        var coalescer = Coalescer();
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;

        var callers = Enumerable.Range(0, 50)
            .Select(_ => coalescer.RunAsync("menu:frary", async _ => { Interlocked.Increment(ref runs); return await release.Task; }, CancellationToken.None))
            .ToList();
        release.SetResult("dinner");
        var results = await Task.WhenAll(callers);

        Assert.That(runs, Is.EqualTo(1));
        Assert.That(results, Is.All.EqualTo("dinner"));
        Assert.That(coalescer.InFlightCount, Is.Zero);
    }

    [Test]
    public async Task Different_keys_run_separately()
    {
        var coalescer = Coalescer();
        var runs = 0;

        await Task.WhenAll(
            coalescer.RunAsync("a", async _ => { Interlocked.Increment(ref runs); await Task.Yield(); return 1; }, CancellationToken.None),
            coalescer.RunAsync("b", async _ => { Interlocked.Increment(ref runs); await Task.Yield(); return 2; }, CancellationToken.None));

        Assert.That(runs, Is.EqualTo(2));
    }

    [Test]
    public async Task A_failure_reaches_every_waiter_and_is_not_remembered()
    {
        var coalescer = Coalescer();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        Func<CancellationToken, Task<string>> failing = async _ =>
        {
            Interlocked.Increment(ref runs);
            await release.Task;
            throw new HttpRequestException("upstream down");
        };

        var waiters = Enumerable.Range(0, 5).Select(_ => coalescer.RunAsync("k", failing, CancellationToken.None)).ToList();
        release.SetResult();
        foreach (var waiter in waiters)
        {
            Assert.ThrowsAsync<HttpRequestException>(async () => await waiter);
        }

        var next = await coalescer.RunAsync("k", _ => { Interlocked.Increment(ref runs); return Task.FromResult("recovered"); }, CancellationToken.None);

        Assert.That(next, Is.EqualTo("recovered"));
        Assert.That(runs, Is.EqualTo(2), "one failed run shared by five callers, then a fresh run");
    }

    [Test]
    public void Work_longer_than_the_timeout_fails_its_waiters_with_a_timeout()
    {
        var coalescer = Coalescer(timeoutSeconds: 1);
        CancellationToken seen = default;

        Assert.ThrowsAsync<TimeoutException>(() => coalescer.RunAsync("slow", async token =>
        {
            seen = token;
            await Task.Delay(Timeout.InfiniteTimeSpan, CancellationToken.None);
            return 0;
        }, CancellationToken.None));

        Assert.That(seen.IsCancellationRequested, Is.True, "the work's token ends at the timeout");
        Assert.That(coalescer.InFlightCount, Is.Zero);
    }

    [Test]
    public async Task One_waiter_giving_up_does_not_cancel_the_others_fetch()
    {
        var coalescer = Coalescer();
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken workToken = default;
        using var impatient = new CancellationTokenSource();

        var first = coalescer.RunAsync("k", async token => { workToken = token; return await release.Task; }, impatient.Token);
        var second = coalescer.RunAsync("k", _ => Task.FromResult("never used"), CancellationToken.None);
        await impatient.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(async () => await first);
        Assert.That(workToken.IsCancellationRequested, Is.False);
        release.SetResult("dinner");
        Assert.That(await second, Is.EqualTo("dinner"));
    }
}
