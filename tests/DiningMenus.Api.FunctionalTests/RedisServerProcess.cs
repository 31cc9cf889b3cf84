using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// A redis-server owned by one test, on its own free loopback port, that the test can kill and start again
/// (same port) to play an outage. Fails the test, saying so, when redis-server is not installed.
/// </summary>
public sealed class RedisServerProcess : IDisposable
{
    private Process? _process;

    private RedisServerProcess(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    private static readonly Lazy<string?> Executable = new(FindExecutable);

    public static RedisServerProcess Start()
    {
        if (Executable.Value is null)
        {
            Assert.Fail("redis-server is not installed (looked on PATH, in /usr/bin and /usr/local/bin): this test starts its own; "
                + "apt-get install redis-server (.ci/run installs it)");
        }

        var server = new RedisServerProcess(FreePort());
        server.Restart();
        return server;
    }

    /// <summary>Starts the server (again) and waits until it accepts connections.</summary>
    public void Restart()
    {
        Kill();
        _process = Process.Start(new ProcessStartInfo(Executable.Value!,
            $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --protected-mode no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        _process.BeginOutputReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Accepts())
            {
                return;
            }

            Thread.Sleep(50);
        }

        throw new InvalidOperationException($"redis-server did not listen on {Port}");
    }

    /// <summary>Kills the server at once (no shutdown, no save), as a crash would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string? FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/local/bin"])
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
