using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Archive.Entities;

/// <summary>
/// One revision of one hall's day as read from a source. A re-read with the same content adds nothing; one whose
/// content changed adds the next revision, and the old ones are kept. The latest revision is the day's menu.
/// </summary>
public sealed class ArchivedDay
{
    public long Id { get; set; }

    public required string HallId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>1, 2, ... per hall and date; unique with them, which is what keeps two writers from both adding one.</summary>
    public int Revision { get; set; }

    /// <summary>SHA-256 (hex) of the day's content (see <see cref="MenuContentHash"/>).</summary>
    public required string ContentHash { get; set; }

    /// <summary>The menu source that produced this revision (eatec-feed, bonappetit-page, ...).</summary>
    public required string Source { get; set; }

    public DateTimeOffset FetchedAt { get; set; }

    public DayStatus Status { get; set; }

    /// <summary>
    /// Full, or Reduced for a fallback read of a page's markup. Not part of <see cref="ContentHash"/>: a full read of
    /// the same content as a reduced revision is a new revision, and a reduced read never follows a full one
    /// (see <see cref="ArchiveRevisionRule"/>).
    /// </summary>
    public ReadFidelity Fidelity { get; set; }

    public List<ArchivedMeal> Meals { get; set; } = [];
}
