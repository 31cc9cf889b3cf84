using System.Collections.Concurrent;
using System.Globalization;

namespace DiningMenus.LoadTools;

/// <summary>
/// The vendor accepts connections and never answers (fake upstream fault Hang). Menus read before the hang (good
/// copies kept, fresh entries then invalidated) must come back 200 stale, menus never read 503; every answer by the
/// service's answer deadline plus a second; never another 5xx. Meal, day and range routes, cold and expired keys.
/// </summary>
internal static class HangRun
{
    public static async Task<int> RunAsync(CommandLine options)
    {
        var baseUrl = options.Text("base").TrimEnd('/');
        var control = options.Text("control").TrimEnd('/');
        var adminKey = options.Text("admin-key");
        var deadline = TimeSpan.FromSeconds(options.Int("deadline-seconds", 3));
        var duration = TimeSpan.FromSeconds(options.Int("seconds", 12));
        var concurrency = options.Int("concurrency", 16);
        var limit = deadline + TimeSpan.FromSeconds(1);

        // Read before the hang: their last good copies are kept. The others are never read: no copy exists.
        string[] kept =
        [
            "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner",
            "/api/v2/halls/frary/menus?from=2025-12-01&to=2025-12-07",
            "/api/v2/halls/collins/menus/2026-02-07",
            "/api/v2/menus?hall_id=hoch&date=2025-11-15&meal=dinner",
        ];
        string[] never =
        [
            "/api/v2/menus?hall_id=oldenborg&date=2025-12-02&meal=lunch",
            "/api/v2/halls/frank/menus?from=2025-12-01&to=2025-12-07",
            "/api/v2/halls/malott/menus/2026-02-07",
        ];

        using var http = Http.CreateClient(concurrency + 4, TimeSpan.FromSeconds(60));
        using var stop = new CancellationTokenSource(duration + TimeSpan.FromSeconds(120));
        await FaultRun.SetFaultAsync(http, control, "None", stop.Token);
        foreach (var path in kept)
        {
            var answer = await Http.GetAsync(http, new Uri(baseUrl + path), stop.Token);
            if (answer.Status != 200)
            {
                Console.WriteLine($"baseline failed: GET {path} -> {answer.Status}");
                return 1;
            }
        }

        // Fresh entries gone on every level (the copies of the last good menus stay), then the vendor hangs.
        foreach (var hall in new[] { "frary", "collins", "hoch" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"{baseUrl}/api/v2/admin/halls/{hall}/menus");
            request.Headers.Add("X-Api-Key", adminKey);
            using var response = await http.SendAsync(request, stop.Token);
            response.EnsureSuccessStatusCode();
        }

        await FaultRun.SetFaultAsync(http, control, "Hang", stop.Token);
        var answers = new ConcurrentBag<(string Path, bool Kept, Answer Answer)>();
        var until = DateTime.UtcNow + duration;
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var random = new Random(worker + 1);
            while (DateTime.UtcNow < until && !stop.IsCancellationRequested)
            {
                var isKept = random.Next(2) == 0;
                var path = isKept ? kept[random.Next(kept.Length)] : never[random.Next(never.Length)];
                answers.Add((path, isKept, await Http.GetAsync(http, new Uri(baseUrl + path), stop.Token)));
            }
        });
        await Task.WhenAll(workers);
        await FaultRun.SetFaultAsync(http, control, "None", stop.Token);

        var violations = new List<string>();
        foreach (var (path, isKept, answer) in answers)
        {
            var expected = isKept ? answer.Status == 200 : answer.Status == 503;
            if (!expected || answer.Milliseconds > limit.TotalMilliseconds)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"GET {path} -> {answer.Status} in {answer.Milliseconds:0} ms ({(isKept ? "200 stale" : "503")} expected within {limit.TotalMilliseconds:0} ms) {answer.ClientError}"));
            }
        }

        var slowest = answers.IsEmpty ? 0 : answers.Max(a => a.Answer.Milliseconds);
        var sorted = answers.Select(a => a.Answer.Milliseconds).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hang: {answers.Count} requests in {duration.TotalSeconds:0} s; 200 stale {answers.Count(a => a.Answer.Status == 200 && a.Answer.IsStale != false)}, "
            + $"200 fresh {answers.Count(a => a.Answer.Status == 200 && a.Answer.IsStale == false)}, 503 {answers.Count(a => a.Answer.Status == 503)}, "
            + $"other {answers.Count(a => a.Answer.Status is not 200 and not 503)}; p50 {Http.Percentile(sorted, 50):0} ms, p99 {Http.Percentile(sorted, 99):0} ms, "
            + $"slowest {slowest:0} ms (limit: deadline {deadline.TotalSeconds:0} s + 1 s)"));
        foreach (var violation in violations.Take(30))
        {
            Console.WriteLine($"VIOLATION {violation}");
        }

        Console.WriteLine($"violations: {violations.Count}");
        return violations.Count == 0 ? 0 : 1;
    }
}
