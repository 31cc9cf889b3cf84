using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>How each provider's context is configured from <see cref="ArchiveOptions"/>: also used by the design-time factories.</summary>
public static class ArchiveDbContextOptions
{
    public static void UseSqlite(DbContextOptionsBuilder builder, ArchiveOptions options, string contentRoot) =>
        builder
            .UseSqlite(SqliteConnectionString(options.ConnectionString, contentRoot), sqlite => sqlite.CommandTimeout(options.CommandTimeoutSeconds))
            .AddInterceptors(new SqliteConnectionSettings())
            .UseSnakeCaseNamingConvention();

    public static void UsePostgres(DbContextOptionsBuilder builder, ArchiveOptions options) =>
        builder
            .UseNpgsql(options.ConnectionString, npgsql => npgsql.CommandTimeout(options.CommandTimeoutSeconds))
            .UseSnakeCaseNamingConvention();

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
