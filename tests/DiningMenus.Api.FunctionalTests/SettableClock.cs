namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// A clock whose "now" the test sets, while timers and timestamps stay real. FakeTimeProvider would also
/// freeze the timers Polly's retries and timeouts wait on, so a failing upstream would never give up.
/// </summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);
}
