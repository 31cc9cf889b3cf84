using System.Diagnostics;
using System.Globalization;

namespace DiningMenus.LoadTools;

/// <summary>N requests for one URL released at the same instant, each on its own connection.</summary>
internal static class Stampede
{
    public static async Task<int> RunAsync(CommandLine options)
    {
        var url = new Uri(options.Text("url"));
        var count = options.Int("count", 500);
        var timeout = TimeSpan.FromSeconds(options.Int("timeout-seconds", 60));
        using var http = Http.CreateClient(count, timeout);
        using var limit = new CancellationTokenSource(timeout + TimeSpan.FromSeconds(5));

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, count).Select(async _ =>
        {
            await start.Task;
            return await Http.GetAsync(http, url, limit.Token);
        }).ToList();

        var wall = Stopwatch.StartNew();
        start.SetResult();
        var answers = await Task.WhenAll(tasks);
        wall.Stop();

        var times = answers.Select(a => a.Milliseconds).Order().ToList();
        var ok = answers.Count(a => a.Is2xx);
        var errors = answers.Count(a => a.Status == 0);
        var statuses = string.Join(",", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"));
        var stationCounts = string.Join(",", answers.Where(a => a.Stations is not null).Select(a => a.Stations!.Value).Distinct().Order());
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv,
            $"requests={count} ok={ok} non2xx={count - ok - errors} client_errors={errors} statuses={statuses} station_counts={stationCounts} "
            + $"p50_ms={Http.Percentile(times, 50):0.0} p99_ms={Http.Percentile(times, 99):0.0} slowest_ms={times[^1]:0.0} wall_ms={wall.Elapsed.TotalMilliseconds:0.0}"));
        foreach (var error in answers.Where(a => a.ClientError is not null).Select(a => a.ClientError).Distinct().Take(5))
        {
            Console.WriteLine($"client error: {error}");
        }

        return ok == count ? 0 : 1;
    }
}
