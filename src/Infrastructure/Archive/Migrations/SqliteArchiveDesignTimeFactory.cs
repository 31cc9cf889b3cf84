using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DiningMenus.Infrastructure.Archive.Migrations;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build each provider's context without the web host. Nothing connects:
/// generating a migration only needs the model and the provider.
/// </summary>
internal sealed class SqliteArchiveDesignTimeFactory : IDesignTimeDbContextFactory<SqliteArchiveDbContext>
{
    public SqliteArchiveDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteArchiveDbContext>();
        ArchiveDbContextOptions.UseSqlite(builder, new ArchiveOptions(), Path.GetTempPath());
        return new SqliteArchiveDbContext(builder.Options);
    }
}
