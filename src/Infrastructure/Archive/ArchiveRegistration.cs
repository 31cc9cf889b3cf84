using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Archive;

public static class ArchiveRegistration
{
    /// <summary>
    /// The durable menu archive (EF Core on SQLite or PostgreSQL, <c>Archive:*</c>): the last good copies, what
    /// search reads, its migrations at start and its retention cleanup. Both providers' context factories are
    /// registered; <see cref="ArchiveContextFactory"/> hands out the configured one.
    /// </summary>
    internal static IServiceCollection AddArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ArchiveOptions, ArchiveOptionsValidator>(configuration.GetSection(ArchiveOptions.SectionName));
        services.AddPooledDbContextFactory<SqliteArchiveDbContext>((sp, builder) => ArchiveDbContextOptions.UseSqlite(
            builder, sp.GetRequiredService<IOptions<ArchiveOptions>>().Value, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddPooledDbContextFactory<PostgresArchiveDbContext>((sp, builder) => ArchiveDbContextOptions.UsePostgres(
            builder, sp.GetRequiredService<IOptions<ArchiveOptions>>().Value));
        services.AddSingleton<IDbContextFactory<ArchiveDbContext>, ArchiveContextFactory>();
        // For the health check, which wants a context from the container.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContext());

        // A singleton that publishes in a scope of its own: it also serves fetches that outlive their request.
        services.AddSingleton<ILastGoodMenuStore, ArchiveMenuStore>();
        services.AddSingleton<IMenuArchive, MenuArchive>();
        services.AddHostedService<ArchiveMigrator>();
        services.AddSingleton<ArchiveRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<ArchiveRetention>());
        return services;
    }
}
