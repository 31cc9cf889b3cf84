using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>How each provider's context is configured from <see cref="ArchiveOptions"/>: also used by the design-time factories.</summary>
public static class ArchiveDbContextOptions
{
    public static void UseSqlite(DbContextOptionsBuilder builder, ArchiveOptions options, string contentRoot) =>
        builder
            .UseSqlite(SqliteConnectionString(options.ConnectionString, contentRoot), sqlite => sqlite.CommandTimeout(options.CommandTimeoutSeconds))
            .AddInterceptors(new SqliteConnectionSettings())
            .UseSnakeCaseNamingConvention()
            .ConfigureWarnings(FailuresReportedByTheirCallers);

    public static void UsePostgres(DbContextOptionsBuilder builder, ArchiveOptions options) =>
        builder
            .UseNpgsql(options.ConnectionString, npgsql => npgsql.CommandTimeout(options.CommandTimeoutSeconds))
            .UseSnakeCaseNamingConvention()
            .ConfigureWarnings(FailuresReportedByTheirCallers);

    /// <summary>
    /// A failed connection, command or save is logged by the code that tried it (the archive store, the alert store,
    /// search's 503, the migration at start), which knows whether it was an expected race (two writers of one
    /// revision), an outage, a database still to be created, or a bug. EF Core's own error line for it would only
    /// repeat it, at Error, also for what is handled: it goes to Debug.
    /// </summary>
    private static void FailuresReportedByTheirCallers(WarningsConfigurationBuilder warnings) =>
        warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug));

    /// <summary>A relative database file is relative to the content root (its folder is created by the migration at start).</summary>
    public static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (builder.Mode != SqliteOpenMode.Memory && file.Length > 0 && file != ":memory:" && !Path.IsPathRooted(file))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        }

        return builder.ToString();
    }
}
