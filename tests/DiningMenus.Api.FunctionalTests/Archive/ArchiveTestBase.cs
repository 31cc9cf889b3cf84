using System.Collections.Concurrent;
using DiningMenus.Application.Common.Events;
using DiningMenus.Infrastructure.Archive;
using DiningMenus.Infrastructure.Archive.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Archive;

/// <summary>
/// Base of the archive fixtures that run once per provider: the fake upstream serving the captures, a fresh
/// archive database per test, and services (hosts) on it that the test can start several of, to play a restart
/// or a second instance. What each host publishes about archived days is recorded in <see cref="Published"/>.
/// </summary>
public abstract class ArchiveTestBase(string provider) : CapturedUpstreamTests
{
    private readonly List<MenusApiFactory> _factories = [];

    protected string Provider { get; } = provider;

    protected ArchiveTestDatabase Database { get; private set; } = null!;

    protected ConcurrentQueue<DayMenuArchived> Published { get; } = new();

    [SetUp]
    public async Task CreateDatabase()
    {
        Published.Clear();
        Database = await ArchiveTestDatabase.CreateAsync(Provider);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        _factories.Clear();
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    /// <summary>A service on this test's archive (and in-memory cache, whatever Redis the run has), disposed after the test.</summary>
    protected MenusApiFactory StartService(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var factory = MenusApiFactory.Create(
            Upstream.BaseAddress,
            Database.With(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Redis:Configuration"] = string.Empty }),
            testServices =>
            {
                RecordingPublisher.Into(Published)(testServices);
                services?.Invoke(testServices);
            });
        _factories.Add(factory);
        return factory;
    }

    /// <summary>Every archived revision of a hall's date, oldest first, with its meals, stations and items.</summary>
    protected static async Task<List<ArchivedDay>> RevisionsAsync(MenusApiFactory factory, string hallId, DateOnly date)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        return await db.Days.AsNoTracking()
            .Where(d => d.HallId == hallId && d.Date == date)
            .OrderBy(d => d.Revision)
            .Include(d => d.Meals).ThenInclude(m => m.Stations).ThenInclude(s => s.Items)
            .AsSplitQuery()
            .ToListAsync();
    }

    /// <summary>The archived dates of a hall (any revision), in order.</summary>
    protected static async Task<List<DateOnly>> ArchivedDatesAsync(MenusApiFactory factory, string hallId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        return await db.Days.Where(d => d.HallId == hallId).Select(d => d.Date).Distinct().OrderBy(d => d).ToListAsync();
    }
}
