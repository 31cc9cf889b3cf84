using DiningMenus.Infrastructure.Http.Captures;

namespace DiningMenus.FakeUpstream;

/// <summary>
/// Command line: <c>dotnet run --project tools/FakeUpstream -- [--port 9000] [--captures tests/captures] [--control]</c>.
/// Serves a capture folder (its <c>routes.json</c>) to a service run with <c>Upstream:RedirectBaseUrl=http://127.0.0.1:9000</c>.
/// <c>--control</c> turns on the loopback-only <c>/__control/*</c> endpoints (request counts, faults) used by bench/*.sh.
/// </summary>
public static class FakeUpstreamProgram
{
    public static async Task<int> Main(string[] args)
    {
        var port = int.Parse(Argument(args, "--port") ?? "9000", System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.GetFullPath(Argument(args, "--captures") ?? DefaultCaptures());
        CaptureDirectory captures;
        try
        {
            captures = CaptureDirectory.Load(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"{ex.Message} (pass --captures FOLDER)");
            return 2;
        }

        await using var server = await FakeUpstreamServer.StartAsync(captures, port);
        server.ControlEnabled = args.Contains("--control");
        Console.WriteLine($"Fake upstream serving {folder} at {server.BaseAddress} (Ctrl+C to stop)");
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
    private static string DefaultCaptures()
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
