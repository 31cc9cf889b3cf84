using System.Collections.Concurrent;

namespace DiningMenus.Application.Menus.Common;

/// <summary>
/// What this instance last saw of each hall's sources: when one last answered (and which), when one last
/// failed and why. In process memory: it describes this instance's view, for operators.
/// </summary>
public sealed class SourceHealthLedger
{
    private readonly ConcurrentDictionary<string, HallSourceHealth> _byHall = new(StringComparer.OrdinalIgnoreCase);

    public void RecordSuccess(string hallId, string source, DateTimeOffset at) =>
        _byHall.AddOrUpdate(hallId,
            _ => new HallSourceHealth(at, source, null, null, null),
            (_, old) => old with { LastSuccessAt = at, LastSource = source });

    public void RecordFailure(string hallId, string source, string reason, DateTimeOffset at) =>
        _byHall.AddOrUpdate(hallId,
            _ => new HallSourceHealth(null, null, at, source, reason),
            (_, old) => old with { LastFailureAt = at, LastFailedSource = source, LastFailureReason = reason });

    public HallSourceHealth For(string hallId) =>
        _byHall.TryGetValue(hallId, out var health) ? health : new HallSourceHealth(null, null, null, null, null);
}
