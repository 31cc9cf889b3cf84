namespace DiningMenus.FakeUpstream;

/// <summary>
/// Command line: <c>dotnet run --project tools/FakeUpstream -- [--port 9000] [--fixtures tests/captures] [--routes file] [--control]</c>.
/// Serves the real captures so the service can run offline with <c>Upstream:RedirectBaseUrl=http://127.0.0.1:9000</c>.
/// <c>--control</c> turns on the loopback-only <c>/__control/*</c> endpoints (request counts, faults) used by bench/*.sh.
/// </summary>
public static class FakeUpstreamProgram
{
    public static async Task<int> Main(string[] args)
    {
        var port = int.Parse(Argument(args, "--port") ?? "9000", System.Globalization.CultureInfo.InvariantCulture);
        var fixtures = Path.GetFullPath(Argument(args, "--fixtures") ?? DefaultFixtures());
        var routesFile = Argument(args, "--routes") ?? Path.Combine(AppContext.BaseDirectory, "fixtures.routes.json");
        if (!Directory.Exists(fixtures))
        {
            await Console.Error.WriteLineAsync($"fixtures folder not found: {fixtures} (pass --fixtures)");
            return 2;
        }

        await using var server = await FakeUpstreamServer.StartAsync(fixtures, FakeUpstreamServer.LoadRoutes(routesFile), port);
        server.ControlEnabled = args.Contains("--control");
        Console.WriteLine($"Fake upstream serving {fixtures} at {server.BaseAddress} (Ctrl+C to stop)");
        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.TrySetResult();
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
        // The web host's console lifetime handles SIGTERM itself (ProcessExit then never comes): follow it.
        server.Stopping.Register(() => stop.TrySetResult());
        await stop.Task;
        return 0;
    }

    /// <summary>tests/captures of the repository (found from the folder holding DiningMenus.sln).</summary>
    private static string DefaultFixtures()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiningMenus.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "captures");
            }
        }

        return Path.Combine("tests", "captures");
    }

    private static string? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
