namespace DiningMenus.Infrastructure.Archive;

/// <summary>What archiving one read does.</summary>
public enum ArchiveDecision
{
    /// <summary>Not a good menu (stale, unpublished, or an open day without items): nothing is written.</summary>
    NotArchivable,

    /// <summary>The same content and fidelity as the latest revision: a no-op.</summary>
    Unchanged,

    /// <summary>A reduced-fidelity read of a day whose latest revision is full: the full copy stays (a no-op).</summary>
    KeepsFullCopy,

    /// <summary>A day not archived yet, or changed: the next revision.</summary>
    NewRevision,
}
