namespace DiningMenus.Api.FunctionalTests.Archive;

/// <summary>
/// An empty archive database for one test: a SQLite file in a temp folder, or a new database on the run's
/// PostgreSQL server. <see cref="Settings"/> points a <see cref="MenusApiFactory"/> (or several, to play a restart
/// or a second instance) at it. Deleted or dropped when disposed.
/// </summary>
public sealed class ArchiveTestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;

    private ArchiveTestDatabase(string provider, string connectionString, string? sqliteFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public Dictionary<string, string?> Settings => new()
    {
        ["Archive:Provider"] = Provider,
        ["Archive:ConnectionString"] = ConnectionString,
    };

    public static async Task<ArchiveTestDatabase> CreateAsync(string provider)
    {
        if (provider == ArchiveProviders.Postgres)
        {
            return new ArchiveTestDatabase(provider, await SharedPostgresServer.Instance.CreateDatabaseAsync(), null);
        }

        var folder = Path.Combine(Path.GetTempPath(), $"diningmenus-archive-test-{Guid.NewGuid():N}");
        return new ArchiveTestDatabase(provider, $"Data Source={Path.Combine(folder, "menus.db")}", folder);
    }

    /// <summary>These settings plus more (later keys win).</summary>
    public Dictionary<string, string?> With(IReadOnlyDictionary<string, string?> more)
    {
        var settings = Settings;
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == ArchiveProviders.Postgres)
        {
            await SharedPostgresServer.Instance.DropDatabaseAsync(ConnectionString);
        }
        else if (_sqliteFolder is not null && Directory.Exists(_sqliteFolder))
        {
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}
