using System.Collections.Concurrent;
using System.Globalization;

namespace DiningMenus.LoadTools;

/// <summary>
/// N requests (bounded in count and time) that each make a new replay key if the service let them: the three menu
/// routes with random well-formed tags (words no item carries, so each answer is a 200 with nothing kept) and
/// random unknown parameters. What it shows is the service's memory afterwards (bench/run.sh reads its RSS); here
/// the answers are counted by status, and any 5xx fails the run.
/// </summary>
internal static class FloodRun
{
    private static readonly string[] Routes =
    [
        "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner",
        "/api/v2/halls/frary/menus/2025-12-02",
        "/api/v2/halls/frary/menus?from=2025-12-01&to=2025-12-03",
    ];

    public static async Task<int> RunAsync(CommandLine options)
    {
        var baseUrl = options.Text("base").TrimEnd('/');
        var count = options.Int("count", 30_000);
        var concurrency = options.Int("concurrency", 32);
        var random = new Random(options.Int("seed", 3));
        var timeLimit = TimeSpan.FromSeconds(options.Int("time-limit-seconds", 300));

        var failures = new ConcurrentQueue<(string Url, Answer Answer)>();
        using var http = Http.CreateClient(concurrency, TimeSpan.FromSeconds(30));

        var (statuses, elapsed) = await RequestLoop.RunAsync(
            count, concurrency, timeLimit, () => baseUrl + Next(random), (url, token) => Http.GetAsync(http, new Uri(url), token), (url, answer) =>
            {
                if (answer.Status is 0 or >= 500)
                {
                    failures.Enqueue((url, answer));
                }
            });

        var sent = statuses.Values.Sum();
        Console.WriteLine($"flood requests sent: {sent} of {count} in {elapsed.TotalSeconds:0.0} s "
            + $"({sent / elapsed.TotalSeconds:0} req/s, limit {timeLimit.TotalSeconds:0} s), {concurrency} concurrent");
        foreach (var (status, n) in statuses.OrderBy(s => s.Key))
        {
            Console.WriteLine($"  {(status == 0 ? "no answer" : status.ToString(CultureInfo.InvariantCulture)),-10} {n,6}");
        }

        foreach (var (url, answer) in failures.Take(10))
        {
            Console.WriteLine($"failed: GET {HostileRun.Shorten(url)} -> {answer.Status} {answer.ClientError ?? HostileRun.Shorten(answer.Body)}");
        }

        return failures.IsEmpty && sent == count ? 0 : 1;
    }

    /// <summary>A route with 1–3 random tags and 1–2 random unknown parameters, in random order.</summary>
    private static string Next(Random random)
    {
        var route = Routes[random.Next(Routes.Length)];
        var tags = string.Join(',', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Tag(random)));
        var unknown = Enumerable.Range(0, random.Next(1, 3)).Select(_ => $"{Word(random, 6)}={Word(random, 10)}");
        var query = string.Join('&', unknown.Prepend($"tags={tags}").OrderBy(_ => random.Next()));
        return route.Contains('?', StringComparison.Ordinal) ? $"{route}&{query}" : $"{route}?{query}";
    }

    /// <summary>A lower-case kebab word such as "qvxo-pelr": well-formed, carried by no item.</summary>
    private static string Tag(Random random) => random.Next(2) == 0 ? Word(random, 8) : $"{Word(random, 4)}-{Word(random, 5)}";

    private static string Word(Random random, int length) =>
        string.Create(length, random, static (chars, r) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('a' + r.Next(26));
            }
        });
}
