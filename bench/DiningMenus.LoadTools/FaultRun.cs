using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace DiningMenus.LoadTools;

/// <summary>
/// Keeps a steady load of known menus and hostile queries on the service while the fake upstream is switched
/// None → ServerError → Hang → Truncate → Garbage → None through its /__control endpoint. Allowed answers:
/// 200 (fresh or stale, with the same station count as the healthy baseline) or 503 for a known menu, and any
/// 4xx or 503 for a hostile query; never another 5xx, never a different menu. Afterwards it checks that no bad
/// menu was cached: with the upstream failing, each known menu comes back stale and whole; with it healthy again,
/// fresh and whole.
/// </summary>
internal static class FaultRun
{
    private static readonly string[] Phases = ["None", "ServerError", "Hang", "Truncate", "Garbage", "None"];

    public static async Task<int> RunAsync(CommandLine options)
    {
        var baseUrl = options.Text("base").TrimEnd('/');
        var control = options.Text("control").TrimEnd('/');
        var phaseLength = TimeSpan.FromSeconds(options.Int("phase-seconds", 8));
        var settle = TimeSpan.FromSeconds(options.Int("settle-seconds", 4));
        var concurrency = options.Int("concurrency", 16);
        var known = options.Text("known", "frary/2025-12-01/dinner,frary/2025-12-03/lunch,collins/2026-02-07/brunch,hoch/2025-11-15/dinner")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(k => k.Split('/'))
            .Select(p => $"{baseUrl}/api/v2/menus?hall_id={p[0]}&date={p[1]}&meal={p[2]}")
            .ToArray();
        var violations = new ConcurrentQueue<string>();

        using var http = Http.CreateClient(concurrency + 4, TimeSpan.FromSeconds(40));
        using var limit = new CancellationTokenSource(phaseLength * Phases.Length + settle * 2 + TimeSpan.FromSeconds(120));

        await SetFaultAsync(http, control, "None", limit.Token);
        var baseline = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var url in known)
        {
            var answer = await Http.GetAsync(http, new Uri(url), limit.Token);
            if (answer.Status != 200 || answer.Stations is not { } stations || answer.IsStale != false)
            {
                Console.WriteLine($"baseline failed: GET {url} -> {answer.Status} {HostileRun.Shorten(answer.Body)}");
                return 1;
            }

            baseline[url] = stations;
            Console.WriteLine($"baseline: {url[baseUrl.Length..]} -> 200, {stations} stations");
        }

        var stats = Phases.Select(_ => new PhaseStats()).ToArray();
        var phase = 0;
        var running = true;
        var queries = new HostileQueries(options.Int("seed", 2));
        var generate = new Lock();
        var seed = 0;

        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var random = new Random(Interlocked.Increment(ref seed));
            while (Volatile.Read(ref running) && !limit.IsCancellationRequested)
            {
                var at = Volatile.Read(ref phase);
                var isKnown = random.NextDouble() < 0.7;
                string url;
                if (isKnown)
                {
                    url = known[random.Next(known.Length)];
                }
                else
                {
                    lock (generate)
                    {
                        url = $"{baseUrl}/api/v2/menus?{queries.Next()}";
                    }
                }

                var answer = await Http.GetAsync(http, Http.Raw(url), limit.Token);
                var problem = stats[at].Record(answer, isKnown ? baseline[url] : null);
                if (problem is not null)
                {
                    violations.Enqueue($"[{Phases[at]}] GET {HostileRun.Shorten(url[baseUrl.Length..])} -> {answer.Status} {problem}: {HostileRun.Shorten(answer.Body)}");
                }
            }
        }).ToList();

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Phases.Length; i++)
        {
            await SetFaultAsync(http, control, Phases[i], limit.Token);
            Volatile.Write(ref phase, i);
            Console.WriteLine($"{watch.Elapsed.TotalSeconds,6:0.0} s  upstream fault -> {Phases[i]}");
            await Task.Delay(phaseLength, limit.Token);
        }

        Volatile.Write(ref running, false);
        await Task.WhenAll(workers);

        Console.WriteLine();
        Console.WriteLine("phase        requests  200 fresh  200 stale  4xx(known)  4xx(hostile)  503  other 5xx  no answer  wrong menu  slowest ms");
        for (var i = 0; i < Phases.Length; i++)
        {
            var s = stats[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}.{Phases[i],-11} {s.Requests,8} {s.Fresh,10} {s.Stale,10} {s.KnownClientErrors,11} {s.HostileClientErrors,13} {s.Unavailable,4} {s.OtherServerErrors,10} {s.NoAnswer,10} {s.WrongMenu,11} {s.SlowestMs,11:0}"));
        }

        Console.WriteLine();
        await AfterwardsAsync(http, control, baseline, baseUrl, settle, violations, limit.Token);

        foreach (var violation in violations.Take(30))
        {
            Console.WriteLine($"VIOLATION {violation}");
        }

        Console.WriteLine($"violations: {violations.Count}");
        return violations.IsEmpty ? 0 : 1;
    }

    /// <summary>No bad menu cached: failing upstream → each known menu stale and whole; healthy again → fresh and whole.</summary>
    private static async Task AfterwardsAsync(
        HttpClient http, string control, Dictionary<string, int> baseline, string baseUrl, TimeSpan settle,
        ConcurrentQueue<string> violations, CancellationToken cancellationToken)
    {
        await SetFaultAsync(http, control, "ServerError", cancellationToken);
        await Task.Delay(settle, cancellationToken);
        foreach (var (url, stations) in baseline)
        {
            var answer = await Http.GetAsync(http, new Uri(url), cancellationToken);
            var ok = answer.Status == 200 && answer.IsStale == true && answer.Stations == stations;
            Console.WriteLine($"after, upstream failing: {url[baseUrl.Length..]} -> {answer.Status} stale={answer.IsStale} stations={answer.Stations} (baseline {stations}) {(ok ? "ok" : "WRONG")}");
            if (!ok)
            {
                violations.Enqueue($"[after, upstream failing] GET {url[baseUrl.Length..]} -> {answer.Status} stale={answer.IsStale} stations={answer.Stations}, expected a stale copy with {stations}: {HostileRun.Shorten(answer.Body)}");
            }
        }

        await SetFaultAsync(http, control, "None", cancellationToken);
        await Task.Delay(settle, cancellationToken);
        foreach (var (url, stations) in baseline)
        {
            // The circuit breaker may still be open for a moment: retry for up to 30 s.
            Answer answer;
            var watch = Stopwatch.StartNew();
            do
            {
                answer = await Http.GetAsync(http, new Uri(url), cancellationToken);
                if (answer.Status == 200 && answer.IsStale == false)
                {
                    break;
                }

                await Task.Delay(500, cancellationToken);
            }
            while (watch.Elapsed < TimeSpan.FromSeconds(30));

            var ok = answer.Status == 200 && answer.IsStale == false && answer.Stations == stations;
            Console.WriteLine($"after, upstream healthy: {url[baseUrl.Length..]} -> {answer.Status} stale={answer.IsStale} stations={answer.Stations} (baseline {stations}) {(ok ? "ok" : "WRONG")}");
            if (!ok)
            {
                violations.Enqueue($"[after, upstream healthy] GET {url[baseUrl.Length..]} -> {answer.Status} stale={answer.IsStale} stations={answer.Stations}, expected fresh with {stations}: {HostileRun.Shorten(answer.Body)}");
            }
        }
    }

    internal static async Task SetFaultAsync(HttpClient http, string control, string mode, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri($"{control}/__control/fault?mode={mode}"), null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private sealed class PhaseStats
    {
        private readonly Lock _lock = new();

        public int Requests { get; private set; }

        public int Fresh { get; private set; }

        public int Stale { get; private set; }

        public int KnownClientErrors { get; private set; }

        public int HostileClientErrors { get; private set; }

        public int Unavailable { get; private set; }

        public int OtherServerErrors { get; private set; }

        public int NoAnswer { get; private set; }

        public int WrongMenu { get; private set; }

        public double SlowestMs { get; private set; }

        /// <summary>Counts the answer; returns what is wrong with it, or null.</summary>
        public string? Record(Answer answer, int? expectedStations)
        {
            lock (_lock)
            {
                Requests++;
                SlowestMs = Math.Max(SlowestMs, answer.Milliseconds);
                switch (answer.Status)
                {
                    case 0:
                        NoAnswer++;
                        return $"no answer ({answer.ClientError})";
                    case 200 when expectedStations is { } expected && answer.Stations != expected:
                        WrongMenu++;
                        return $"a menu with {answer.Stations} stations instead of {expected}";
                    case 200 when answer.IsStale == true:
                        Stale++;
                        return null;
                    case 200:
                        Fresh++;
                        return null;
                    case 503:
                        Unavailable++;
                        return null;
                    case >= 400 and < 500 when expectedStations is not null:
                        KnownClientErrors++;
                        return "a 4xx for a known, valid menu";
                    case >= 400 and < 500:
                        HostileClientErrors++;
                        return null;
                    case >= 500:
                        OtherServerErrors++;
                        return "a 5xx other than 503";
                    default:
                        return $"unexpected status {answer.Status}";
                }
            }
        }
    }
}
