using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>The archive on PostgreSQL, for several instances sharing one (migrations in Archive/Migrations/Postgres).</summary>
public sealed class PostgresArchiveDbContext(DbContextOptions<PostgresArchiveDbContext> options) : ArchiveDbContext(options)
{
    public override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
