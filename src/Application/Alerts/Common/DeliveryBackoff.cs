namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// When a delivery that failed for a passing reason is tried again: the initial delay doubled after each attempt,
/// capped, and never sooner than the receiver's <c>Retry-After</c>.
/// </summary>
public static class DeliveryBackoff
{
    /// <param name="attempts">Attempts made so far (1 after the first).</param>
    /// <param name="initial">Delay after the first attempt.</param>
    /// <param name="max">Longest delay the doubling reaches.</param>
    /// <param name="retryAfter">The receiver's Retry-After, when it sent one.</param>
    public static TimeSpan Delay(int attempts, TimeSpan initial, TimeSpan max, TimeSpan? retryAfter)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var backoff = TimeSpan.FromTicks(Math.Min(max.Ticks, initial.Ticks * (1L << doublings)));
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }

    /// <summary>
    /// The wait a <c>Retry-After</c> value asks for: delay-seconds or an HTTP date (relative to <paramref name="now"/>);
    /// null when absent or unreadable, zero for a date already past.
    /// </summary>
    public static TimeSpan? ReadRetryAfter(TimeSpan? delta, DateTimeOffset? date, DateTimeOffset now) => (delta, date) switch
    {
        ({ } seconds, _) when seconds >= TimeSpan.Zero => seconds,
        (_, { } at) => at > now ? at - now : TimeSpan.Zero,
        _ => null,
    };
}
