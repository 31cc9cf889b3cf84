using System.Collections.Concurrent;
using System.Diagnostics;

namespace DiningMenus.LoadTools;

/// <summary>Up to N requests, some at a time, until a time limit: what the hostile and flood runs share.</summary>
internal static class RequestLoop
{
    /// <summary>
    /// Sends up to <paramref name="count"/> requests, <paramref name="concurrency"/> at a time, until
    /// <paramref name="timeLimit"/>. <paramref name="next"/> builds each request's text (one at a time, so it may use
    /// one <see cref="Random"/>), <paramref name="send"/> sends it; every answer goes to <paramref name="record"/>.
    /// Returns the answers counted by status and the time taken.
    /// </summary>
    public static async Task<(ConcurrentDictionary<int, int> Statuses, TimeSpan Elapsed)> RunAsync(
        int count, int concurrency, TimeSpan timeLimit, Func<string> next,
        Func<string, CancellationToken, Task<Answer>> send, Action<string, Answer> record)
    {
        var statuses = new ConcurrentDictionary<int, int>();
        using var limit = new CancellationTokenSource(timeLimit);
        var sent = -1;
        var generate = new Lock();
        var watch = Stopwatch.StartNew();

        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref sent) < count && !limit.IsCancellationRequested)
            {
                string request;
                lock (generate)
                {
                    request = next();
                }

                var answer = await send(request, limit.Token);
                statuses.AddOrUpdate(answer.Status, 1, (_, n) => n + 1);
                record(request, answer);
            }
        }).ToList();
        await Task.WhenAll(workers);
        return (statuses, watch.Elapsed);
    }
}
