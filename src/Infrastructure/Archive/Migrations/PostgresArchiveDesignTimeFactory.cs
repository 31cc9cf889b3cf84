using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DiningMenus.Infrastructure.Archive.Migrations;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without the web host or a server.</summary>
internal sealed class PostgresArchiveDesignTimeFactory : IDesignTimeDbContextFactory<PostgresArchiveDbContext>
{
    public PostgresArchiveDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresArchiveDbContext>();
        ArchiveDbContextOptions.UsePostgres(builder, new ArchiveOptions { Provider = ArchiveOptions.Postgres, ConnectionString = "Host=127.0.0.1;Database=diningmenus" });
        return new PostgresArchiveDbContext(builder.Options);
    }
}
