using DiningMenus.Infrastructure.Archive.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>
/// The menu archive's tables. One subclass per database provider (<see cref="SqliteArchiveDbContext"/>,
/// <see cref="PostgresArchiveDbContext"/>), because EF Core ties a migration set to a context type: each provider
/// keeps its own migrations (Archive/Migrations/Sqlite, Archive/Migrations/Postgres) while the model is this one.
/// </summary>
public abstract class ArchiveDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ArchivedDay> Days => Set<ArchivedDay>();

    public DbSet<ArchivedMeal> Meals => Set<ArchivedMeal>();

    public DbSet<ArchivedStation> Stations => Set<ArchivedStation>();

    public DbSet<ArchivedItem> Items => Set<ArchivedItem>();

    public DbSet<ArchivedDish> Dishes => Set<ArchivedDish>();

    /// <summary>True when the update failed on a unique constraint (another writer added the same row first).</summary>
    public abstract bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>Applies the migrations this build carries, with whatever the provider needs around them.</summary>
    public virtual async Task BringUpToDateAsync(CancellationToken cancellationToken) =>
        await Database.MigrateAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
}
