using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>The archive on SQLite, the embedded default (migrations in Archive/Migrations/Sqlite).</summary>
public sealed class SqliteArchiveDbContext(DbContextOptions<SqliteArchiveDbContext> options) : ArchiveDbContext(options)
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE, and SQLITE_CONSTRAINT_PRIMARYKEY for a key taken twice.</summary>
    private const int UniqueConstraint = 2067;
    private const int PrimaryKeyConstraint = 1555;

    public override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: UniqueConstraint or PrimaryKeyConstraint };

    /// <summary>
    /// Creates the database file's folder first (the first start creates the file), and turns on write-ahead
    /// logging after: searches read while a day is written, and a commit costs one append. WAL stays on in the file.
    /// </summary>
    public override async Task BringUpToDateAsync(CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource;
        if (Path.IsPathRooted(file) && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await base.BringUpToDateAsync(cancellationToken);
        await Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
