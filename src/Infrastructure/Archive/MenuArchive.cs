using DiningMenus.Application.Common.Exceptions;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Options;
using DiningMenus.Infrastructure.Archive.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>
/// Search's reads of the archive: dish names, and servings of given dishes from the latest revision of each day.
/// A database failure becomes <see cref="ArchiveUnavailableException"/> (a 503), never a menu fetch; anything
/// else is a bug and stays a 500.
/// </summary>
public sealed partial class MenuArchive(
    IDbContextFactory<ArchiveDbContext> contexts, IOptions<MenusOptions> menus, ILogger<MenuArchive> logger) : IMenuArchive
{
    public Task<IReadOnlyList<ArchivedDishName>> GetDishNamesAsync(CancellationToken cancellationToken) =>
        ReadAsync<ArchivedDishName>(async db => await db.Dishes.AsNoTracking()
            .Select(d => new ArchivedDishName(d.NormalizedName, d.Name))
            .ToListAsync(cancellationToken), cancellationToken);

    public Task<IReadOnlyList<DishOccurrence>> FindOccurrencesAsync(DishOccurrenceFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(async db =>
        {
            var names = filter.NormalizedNames.ToList();
            var servings = LatestServings(db)
                .Where(s => names.Contains(s.NormalizedName) && s.ServedOn >= filter.From && s.ServedOn <= filter.To);
            if (filter.HallId is { } hallId)
            {
                servings = servings.Where(s => s.HallId == hallId);
            }

            if (filter.Meals is { } meals)
            {
                var periods = meals.ToList();
                servings = servings.Where(s => periods.Contains(s.Meal));
            }

            return ToOccurrences(await servings.ToListAsync(cancellationToken));
        }, cancellationToken);

    public Task<IReadOnlyList<DishOccurrence>> FindServedAroundAsync(
        IReadOnlyCollection<string> normalizedNames, DateOnly today, CancellationToken cancellationToken) =>
        ReadAsync(async db =>
        {
            var names = normalizedNames.ToList();
            var bounds = await LatestServings(db)
                .Where(s => names.Contains(s.NormalizedName))
                .GroupBy(s => s.NormalizedName)
                .Select(g => new
                {
                    Name = g.Key,
                    Last = g.Max(s => s.ServedOn < today ? (DateOnly?)s.ServedOn : null),
                    Next = g.Min(s => s.ServedOn > today ? (DateOnly?)s.ServedOn : null),
                })
                .ToListAsync(cancellationToken);
            var wanted = bounds.ToDictionary(b => b.Name, b => new[] { b.Last, today, b.Next }, StringComparer.Ordinal);
            var dates = wanted.Values.SelectMany(d => d).OfType<DateOnly>().Distinct().ToList();
            var servings = await LatestServings(db)
                .Where(s => names.Contains(s.NormalizedName) && dates.Contains(s.ServedOn))
                .ToListAsync(cancellationToken);
            return ToOccurrences(servings.Where(s => wanted[s.NormalizedName].Contains(s.ServedOn)));
        }, cancellationToken);

    public Task<IReadOnlyList<DishOccurrence>> GetServingsFromAsync(DateOnly from, CancellationToken cancellationToken) =>
        ReadAsync(async db => ToOccurrences(await LatestServings(db).Where(s => s.ServedOn >= from).ToListAsync(cancellationToken)), cancellationToken);

    public Task<IReadOnlyList<DishOccurrence>> GetRevisionServingsAsync(long revisionId, CancellationToken cancellationToken) =>
        ReadAsync(async db => ToOccurrences(await Servings(db.Items.Where(item => item.Station.Meal.DayId == revisionId))
            .ToListAsync(cancellationToken)), cancellationToken);

    /// <summary>Every archived item of the latest revision of its hall and date (older revisions are history).</summary>
    private static IQueryable<ServingRow> LatestServings(ArchiveDbContext db) =>
        Servings(db.Items.Where(item => item.Station.Meal.Day.Revision
            == db.Days.Where(d => d.HallId == item.Station.Meal.Day.HallId && d.Date == item.Station.Meal.Day.Date).Max(d => d.Revision)));

    /// <summary>What search and alerts read of each item: the dish, where and when it is served.</summary>
    private static IQueryable<ServingRow> Servings(IQueryable<ArchivedItem> items) =>
        from item in items
        let meal = item.Station.Meal
        select new ServingRow
        {
            NormalizedName = item.NormalizedName,
            Name = item.Name,
            Tags = item.Tags,
            ServedOn = item.ServedOn,
            Station = item.Station.Name,
            Meal = meal.Period,
            Start = meal.StartTime,
            End = meal.EndTime,
            HallId = meal.Day.HallId,
        };

    private static List<DishOccurrence> ToOccurrences(IEnumerable<ServingRow> rows) =>
        [.. rows.Select(s => new DishOccurrence(s.HallId, s.ServedOn, s.Meal, s.Start, s.End, s.Station, s.Name, s.NormalizedName, s.Tags))];

    private async Task<IReadOnlyList<T>> ReadAsync<T>(Func<ArchiveDbContext, Task<List<T>>> read, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await read(db);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ArchiveDatabaseFailure.Is(ex))
        {
            LogReadFailed(logger, ArchiveDatabaseFailure.Reason(ex));
            throw new ArchiveUnavailableException(
                "The menu archive cannot be read right now. Try again later.", TimeSpan.FromSeconds(menus.Value.RetryAfterSeconds), ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The menu archive could not be read for a search: {Reason}")]
    private static partial void LogReadFailed(ILogger logger, string reason);
}
