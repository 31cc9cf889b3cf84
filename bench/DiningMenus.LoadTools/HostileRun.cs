using System.Collections.Concurrent;

namespace DiningMenus.LoadTools;

/// <summary>Sends N hostile queries (bounded in count and time) and counts the answers by status; any 5xx fails the run.</summary>
internal static class HostileRun
{
    public static async Task<int> RunAsync(CommandLine options)
    {
        var baseUrl = options.Text("base").TrimEnd('/');
        var count = options.Int("count", 10_000);
        var concurrency = options.Int("concurrency", 32);
        var queries = new HostileQueries(options.Int("seed", 1));
        var timeLimit = TimeSpan.FromSeconds(options.Int("time-limit-seconds", 180));

        var serverErrors = new ConcurrentQueue<(string Query, Answer Answer)>();
        var unavailable = new ConcurrentQueue<(string Query, Answer Answer)>();
        var clientErrors = new ConcurrentQueue<(string Query, Answer Answer)>();
        using var http = Http.CreateClient(concurrency, TimeSpan.FromSeconds(30));

        var (statuses, elapsed) = await RequestLoop.RunAsync(count, concurrency, timeLimit, queries.Next, async (query, token) =>
        {
            try
            {
                return await Http.GetAsync(http, Http.Raw($"{baseUrl}/api/v2/menus?{query}"), token);
            }
            catch (UriFormatException ex)
            {
                return new Answer(0, 0, null, null, string.Empty, "UriFormatException: " + ex.Message);
            }
        }, (query, answer) =>
        {
            if (answer.Status == 503)
            {
                unavailable.Enqueue((query, answer));
            }
            else if (answer.Status >= 500)
            {
                serverErrors.Enqueue((query, answer));
            }
            else if (answer.Status == 0)
            {
                clientErrors.Enqueue((query, answer));
            }
        });

        var sent = statuses.Values.Sum();
        Console.WriteLine($"hostile queries sent: {sent} of {count} in {elapsed.TotalSeconds:0.0} s (limit {timeLimit.TotalSeconds:0} s), {concurrency} concurrent");
        foreach (var (status, n) in statuses.OrderBy(s => s.Key))
        {
            Console.WriteLine($"  {(status == 0 ? "no answer" : status.ToString(System.Globalization.CultureInfo.InvariantCulture)),-10} {n,6}");
        }

        foreach (var (query, answer) in serverErrors.Take(20))
        {
            Console.WriteLine($"5xx: {answer.Status} GET /api/v2/menus?{Shorten(query)} -> {Shorten(answer.Body)}");
        }

        foreach (var (query, answer) in clientErrors.Take(10))
        {
            Console.WriteLine($"no answer: GET /api/v2/menus?{Shorten(query)} -> {answer.ClientError}");
        }

        // A 503 is the contract's answer when the upstream fails and no good copy exists: with the fake upstream
        // that is a valid hall and date it has no capture for (it answers 404). Shown, but not a failure.
        foreach (var (query, answer) in unavailable.Take(3))
        {
            Console.WriteLine($"503 sample: GET /api/v2/menus?{Shorten(query)} -> {Shorten(answer.Body)}");
        }

        var fiveHundreds = serverErrors.Count;
        Console.WriteLine($"503 answers (upstream has no such page): {unavailable.Count}");
        Console.WriteLine($"5xx answers other than 503: {fiveHundreds}");
        return fiveHundreds == 0 && sent == count ? 0 : 1;
    }

    internal static string Shorten(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length} chars)";
}
