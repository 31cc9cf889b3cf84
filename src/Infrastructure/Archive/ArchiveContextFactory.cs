using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>Hands out contexts of the configured provider (<c>Archive:Provider</c>) as the shared base type.</summary>
internal sealed class ArchiveContextFactory : IDbContextFactory<ArchiveDbContext>
{
    private readonly Func<ArchiveDbContext> _create;

    public ArchiveContextFactory(IServiceProvider services, IOptions<ArchiveOptions> options)
    {
        if (options.Value.UsesPostgres)
        {
            var postgres = services.GetRequiredService<IDbContextFactory<PostgresArchiveDbContext>>();
            _create = postgres.CreateDbContext;
        }
        else
        {
            var sqlite = services.GetRequiredService<IDbContextFactory<SqliteArchiveDbContext>>();
            _create = sqlite.CreateDbContext;
        }
    }

    public ArchiveDbContext CreateDbContext() => _create();
}
