using DiningMenus.Application.Common.Models;

namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// The read side of the durable menu archive that dish search uses. Only the latest revision of each hall and
/// date counts. Never reaches upstream. Throws <see cref="Exceptions.ArchiveUnavailableException"/> when the
/// database cannot answer.
/// </summary>
public interface IMenuArchive
{
    /// <summary>Every distinct dish the archive holds (a few thousand over a year).</summary>
    Task<IReadOnlyList<ArchivedDishName>> GetDishNamesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<DishOccurrence>> FindOccurrencesAsync(DishOccurrenceFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// For each dish: its occurrences on <paramref name="today"/>, on the last date it was served before today and
    /// on the first date it is served after today.
    /// </summary>
    Task<IReadOnlyList<DishOccurrence>> FindServedAroundAsync(
        IReadOnlyCollection<string> normalizedNames, DateOnly today, CancellationToken cancellationToken);

    /// <summary>
    /// Every item of the latest revision of each hall and date from <paramref name="from"/> on: the upcoming days a
    /// new alert, or every alert after a restart, is matched against.
    /// </summary>
    Task<IReadOnlyList<DishOccurrence>> GetServingsFromAsync(DateOnly from, CancellationToken cancellationToken);

    /// <summary>Every item of one archived revision (by its id), as occurrences: what dish alerts match a new day against.</summary>
    Task<IReadOnlyList<DishOccurrence>> GetRevisionServingsAsync(long revisionId, CancellationToken cancellationToken);
}
