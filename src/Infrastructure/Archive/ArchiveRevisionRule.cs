using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>
/// Decides, in one place, what a read of a day does to the archive. A failed read never gets here (the fallback
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

        if (string.Equals(latest.ContentHash, contentHash, StringComparison.Ordinal))
        {
            return ArchiveDecision.Unchanged;
        }

        // Read fidelity belongs here: a changed read of lower fidelity than the latest revision (a markup fallback
        // after the structured feed, same date) is to keep the latest instead of replacing the richer copy; the
        // latest revision's Source is at hand for that comparison.
        return ArchiveDecision.NewRevision;
    }
}
