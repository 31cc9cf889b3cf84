using System.Diagnostics;
using System.Globalization;
using DiningMenus.Application;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Common;
using DiningMenus.Application.Search.Queries.GetDishes;
using DiningMenus.Application.Search.Queries.SearchMenus;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure;
using DiningMenus.Infrastructure.Archive;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiningMenus.Benchmarks.Archive;

/// <summary>
/// <c>dotnet run -c Release --project bench/DiningMenus.Benchmarks -- archive [--days 365] [--searches 500]
/// [--provider sqlite|postgres --connection "..."]</c>: writes a generated year (<see cref="ArchiveYear"/>) through the
/// service's own archive store, timing each day, then times searches over 31-day windows and dish look-ups through
/// the service's own query handlers (no HTTP). SQLite goes to a temp file unless a connection string is given.
/// </summary>
internal static class ArchiveBenchmark
{
    private static readonly DateOnly FirstDay = new(2025, 1, 1);
    private static readonly string[] Halls = ["frank", "frary", "oldenborg", "collins", "malott", "mcconnell", "hoch"];
    private static readonly MealPeriod[] Meals = [MealPeriod.Breakfast, MealPeriod.Lunch, MealPeriod.Dinner];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Arguments(args);
        var provider = options.GetValueOrDefault("provider", ArchiveOptions.Sqlite);
        var days = int.Parse(options.GetValueOrDefault("days", "365"), CultureInfo.InvariantCulture);
        var searches = int.Parse(options.GetValueOrDefault("searches", "500"), CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), $"diningmenus-archive-bench-{Guid.NewGuid():N}");
        var connection = options.GetValueOrDefault("connection", $"Data Source={Path.Combine(folder, "menus.db")}");
        var random = new Random(1);
        try
        {
            await using var services = Services(provider, connection, FirstDay.AddDays(days / 2));
            if (!await ActivatorUtilities.CreateInstance<ArchiveMigrator>(services).TryMigrateAsync(CancellationToken.None))
            {
                Console.Error.WriteLine("the archive could not be migrated (see the log above)");
                return 1;
            }

            Report("machine", $"{Environment.ProcessorCount} cores, load average {LoadAverage()}, provider {provider}");
            var captured = ArchiveYear.CapturedDays();
            var year = ArchiveYear.Generate(captured, FirstDay, days, seed: 1).ToList();
            await WriteYearAsync(services, year, random);
            await SearchAsync(services, year, random, searches);
            await DishesAsync(services, year, random, searches / 2);
            if (provider == ArchiveOptions.Sqlite && Directory.Exists(folder))
            {
                Report("sqlite file", $"{Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length) / 1024 / 1024} MiB (database + WAL)");
            }

            Report("load average at end", LoadAverage());
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Every day through ArchiveMenuStore.SaveAsync (hash, latest-revision look-up, insert, dish names), then re-reads (no-ops).</summary>
    private static async Task WriteYearAsync(ServiceProvider services, List<DayMenu> year, Random random)
    {
        var halls = services.GetRequiredService<IHallRegistry>();
        var store = ActivatorUtilities.CreateInstance<ArchiveMenuStore>(services);
        var fetchedAt = DateTimeOffset.UtcNow;
        DayMenuResult Read(DayMenu day) => new(halls.Find(day.HallId)!, day, "bench", fetchedAt, IsStale: false);

        var writes = new List<double>(year.Count);
        var total = Stopwatch.StartNew();
        foreach (var day in year)
        {
            var one = Stopwatch.StartNew();
            await store.SaveAsync(Read(day), CancellationToken.None);
            writes.Add(one.Elapsed.TotalMilliseconds);
        }

        total.Stop();
        var reReads = new List<double>();
        foreach (var day in Enumerable.Range(0, 300).Select(_ => year[random.Next(year.Count)]))
        {
            var one = Stopwatch.StartNew();
            await store.SaveAsync(Read(day), CancellationToken.None);
            reReads.Add(one.Elapsed.TotalMilliseconds);
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        var stored = await db.Days.CountAsync();
        if (stored != year.Count)
        {
            throw new InvalidOperationException($"{stored} days archived of {year.Count}: writes failed (see the log)");
        }

        if (db.Database.IsNpgsql())
        {
            // A year filled in two minutes has statistics autovacuum has not caught up with; a year filled day by
            // day has been analyzed many times over. Searches are timed against the latter.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Report("archive", $"{stored} hall-days, {await db.Items.CountAsync()} items, {await db.Dishes.CountAsync()} distinct dishes, "
            + $"{year.Average(d => d.Meals.Sum(m => m.ItemCount)):F0} items per day on average");
        Report("write a new day", $"{new Quantiles(writes)}; the year in {total.Elapsed.TotalSeconds:F1} s");
        Report("re-read an unchanged day (no-op)", new Quantiles(reReads).ToString());
    }

    /// <summary>Searches over random 31-day windows of the year: words, whole names, typos and word pairs from the archived dishes.</summary>
    private static async Task SearchAsync(ServiceProvider services, List<DayMenu> year, Random random, int count)
    {
        var catalog = services.GetRequiredService<DishCatalog>();
        var load = Stopwatch.StartNew();
        var index = await catalog.GetAsync(CancellationToken.None);
        Report("dish index load (first search)", $"{load.Elapsed.TotalMilliseconds:F1} ms for {index.Count} dishes");

        var halls = services.GetRequiredService<IHallRegistry>();
        var handler = ActivatorUtilities.CreateInstance<SearchMenusQueryHandler>(services);
        var names = year.SelectMany(d => d.Meals).SelectMany(m => m.Stations).SelectMany(s => s.Items).Select(i => i.Name).Distinct().ToArray();
        var timings = new List<double>(count);
        var results = new List<int>(count);
        for (var i = -20; i < count; i++)
        {
            var from = FirstDay.AddDays(random.Next(Math.Max(1, (year.Count / Halls.Length) - 30)));
            var query = new SearchMenusQuery(
                TypedSearch(names[random.Next(names.Length)], random),
                from,
                from.AddDays(30),
                random.NextDouble() < 0.2 ? halls.Find(Halls[random.Next(Halls.Length)]) : null,
                random.NextDouble() < 0.2 ? Meals[random.Next(Meals.Length)] : null,
                DietFilter.None);
            var one = Stopwatch.StartNew();
            var response = await handler.Handle(query, CancellationToken.None);
            if (i >= 0)
            {
                // The first 20 warm the code paths and the connection pool.
                timings.Add(one.Elapsed.TotalMilliseconds);
                results.Add(response.Results.Count);
            }
        }

        Report("search, 31 days", $"{new Quantiles(timings)}; {results.Average():F0} results on average, {results.Count(r => r == 0)} searches found none");
    }

    private static async Task DishesAsync(ServiceProvider services, List<DayMenu> year, Random random, int count)
    {
        var handler = ActivatorUtilities.CreateInstance<GetDishesQueryHandler>(services);
        var names = year.SelectMany(d => d.Meals).SelectMany(m => m.Stations).SelectMany(s => s.Items).Select(i => i.Name).Distinct().ToArray();
        var timings = new List<double>(count);
        for (var i = -10; i < count; i++)
        {
            var one = Stopwatch.StartNew();
            await handler.Handle(new GetDishesQuery(TypedSearch(names[random.Next(names.Length)], random)), CancellationToken.None);
            if (i >= 0)
            {
                timings.Add(one.Elapsed.TotalMilliseconds);
            }
        }

        Report("dishes (last/next served)", new Quantiles(timings).ToString());
    }

    /// <summary>What a person might type for a dish, read as the API reads <c>q</c>.</summary>
    private static SearchText TypedSearch(string name, Random random) =>
        SearchText.TryParse(Typed(name, random), out var search, out var problem) ? search : throw new InvalidOperationException(problem);

    /// <summary>One of the dish's words, the whole name (when the API would take it), a word with a typo, or two words.</summary>
    private static string Typed(string name, Random random)
    {
        var words = DishNames.Words(DishNames.Normalize(name)).Where(w => w.Length >= 3).ToArray();
        if (words.Length == 0)
        {
            return name;
        }

        var word = words[random.Next(words.Length)];
        return random.Next(4) switch
        {
            0 when name.Length <= SearchText.MaxLength => name, // a longer name is no query the API takes
            1 when word.Length >= 5 => Typo(word, random.Next(word.Length)),
            2 when words.Length >= 2 => string.Join(' ', words.Take(2)),
            _ => word,
        };
    }

    /// <summary>One letter wrong.</summary>
    private static string Typo(string word, int at) => string.Concat(word.AsSpan(0, at), word[at] == 'x' ? "z" : "x", word.AsSpan(at + 1));

    private static ServiceProvider Services(string provider, string connection, DateOnly today)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Fixtures.RepositoryRoot, "src", "Api", "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Archive:Provider"] = provider,
                ["Archive:ConnectionString"] = connection,
                // Generous: a cold PostgreSQL on a loaded machine.
                ["Archive:CommandTimeoutSeconds"] = "60",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IHostEnvironment>(new BenchEnvironment());
        services.AddApplication(configuration).AddInfrastructure(configuration);
        // The store publishes after each new revision; the bench has no subscriber to time.
        services.AddSingleton<IPublisher, NoSubscribers>();
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(new FixedClock(ServiceCalendar.ToInstant(today, new TimeOnly(12, 0))));
        return services.BuildServiceProvider();
    }

    private static Dictionary<string, string> Arguments(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return values;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Report(string what, string figures) => Console.WriteLine($"{what}: {figures}");
}
