using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DiningMenus.Api.FunctionalTests;

/// <summary>
/// A PostgreSQL server owned by the test run: initdb into a temp folder, pg_ctl start on a free loopback port,
/// stopped and deleted at the end. Runs as the <c>postgres</c> user when the tests run as root (PostgreSQL refuses
/// root). Fails the test, saying what is missing, when the server binaries cannot be found.
/// </summary>
public sealed class PostgresServerProcess : IDisposable
{
    private const string Superuser = "postgres";

    private readonly string _binaries;
    private readonly string _folder;
    private readonly bool _asPostgresUser;

    private PostgresServerProcess(string binaries, string folder, int port, bool asPostgresUser)
    {
        _binaries = binaries;
        _folder = folder;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    public static PostgresServerProcess Start()
    {
        var binaries = FindBinaries();
        var folder = Path.Combine(Path.GetTempPath(), $"diningmenus-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            // World-writable, so that the postgres user can create its data folder and log inside.
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }

        var server = new PostgresServerProcess(binaries, folder, FreePort(), Environment.UserName == "root");
        try
        {
            server.Run("initdb", "-D", server.DataFolder, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync");
            // Durability is not what these tests check: no fsync keeps a test database fast.
            server.Run("pg_ctl", "-D", server.DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                $"-p {server.Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off "
                + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start");
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>A connection string to <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = Superuser,
            Database = database,
        }.ConnectionString;

    /// <summary>Creates an empty database and answers its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"archive_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name}");
        return ConnectionString(name);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public void Dispose()
    {
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                Run("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // Already gone; the folder goes anyway.
            }
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs one of the server's programs (as the postgres user when root) and waits for it; throws with its output on failure.</summary>
    private void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(_asPostgresUser ? "runuser" : Path.Combine(_binaries, program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        if (_asPostgresUser)
        {
            foreach (var prefix in new[] { "-u", Superuser, "--", Path.Combine(_binaries, program) })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within 2 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }

    /// <summary>initdb and pg_ctl from PATH, else from the newest /usr/lib/postgresql/*/bin (Debian keeps them there).</summary>
    private static string FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServerPrograms);
        if (onPath is not null)
        {
            return onPath;
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(HasServerPrograms)
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        if (debian is null)
        {
            Assert.Fail("PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin: "
                + "this test starts its own server (apt-get install postgresql; .ci/run installs it)");
        }

        return debian!;
    }

    private static bool HasServerPrograms(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
