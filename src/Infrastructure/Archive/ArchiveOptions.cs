namespace DiningMenus.Infrastructure.Archive;

/// <summary>The <c>Archive</c> configuration section: where the durable menu archive lives and how long it keeps days.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (embedded, the default) or <c>postgres</c> (several instances sharing one archive).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The provider's connection string. For SQLite a relative <c>Data Source</c> is relative to the content root,
    /// and its folder is created at start.
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=data/menus.db";

    /// <summary>Apply the migrations this build carries at start (retried in the background while the database is down).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Days (service dates before today) kept; older ones are deleted by the background cleanup.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>How often the cleanup runs.</summary>
    public int CleanupIntervalMinutes { get; set; } = 360;

    /// <summary>Bound on each database command, so that a hung database costs a menu request this much at most.</summary>
    public int CommandTimeoutSeconds { get; set; } = 5;

    public bool UsesPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>sqlite or postgres, in any case.</summary>
    public static bool IsKnownProvider(string? provider) =>
        string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase) || string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
