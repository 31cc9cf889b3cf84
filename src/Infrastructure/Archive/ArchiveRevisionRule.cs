using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>
/// Decides, in one place, what a read of a day does to the archive: a new revision when the content or the read
/// fidelity changed, except that a reduced read never follows a full revision (the fidelity rule of
/// <see cref="Application.Common.Interfaces.ILastGoodMenuStore"/>). A failed read never gets here (the fallback
/// orchestrator only saves good menus); this still refuses anything but a good menu, so the archive cannot be
/// fed a stale copy or an empty page by another caller.
/// </summary>
public static class ArchiveRevisionRule
{
    public static ArchiveDecision Decide(DayMenuResult read, string contentHash, LatestRevision? latest)
    {
        var day = read.Menu;
        if (read.IsStale || day.Status == DayStatus.Unpublished || (day.Status == DayStatus.Open && !day.HasItems))
        {
            return ArchiveDecision.NotArchivable;
        }

        if (latest is null)
        {
            return ArchiveDecision.NewRevision;
        }

        // The fidelity rule of ILastGoodMenuStore: a markup fallback never replaces a copy read from the vendor's data.
        if (day.Fidelity == ReadFidelity.Reduced && latest.Fidelity == ReadFidelity.Full)
        {
            return ArchiveDecision.KeepsFullCopy;
        }

        // The hash leaves fidelity out: a full read of what a reduced revision holds is a new revision, so that the
        // day is Full from then on and later reduced reads leave it alone.
        return string.Equals(latest.ContentHash, contentHash, StringComparison.Ordinal) && latest.Fidelity == day.Fidelity
            ? ArchiveDecision.Unchanged
            : ArchiveDecision.NewRevision;
    }
}
