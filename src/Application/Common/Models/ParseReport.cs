namespace DiningMenus.Application.Common.Models;

/// <summary>
/// What a parser noticed besides the menu: vendor labels it could not map (never published as invented words) and
/// entries it dropped. The orchestrator turns a report into log lines and metrics; parsers stay free of both.
/// Filled by one parse on one thread.
/// </summary>
public sealed class ParseReport
{
    private readonly Dictionary<UnknownVendorLabel, int> _unknownLabels = [];
    private readonly Dictionary<DroppedItemReason, int> _droppedItems = [];

    /// <summary>Each unknown label with how often it occurred.</summary>
    public IReadOnlyDictionary<UnknownVendorLabel, int> UnknownLabels => _unknownLabels;

    /// <summary>How many entries were dropped, by reason.</summary>
    public IReadOnlyDictionary<DroppedItemReason, int> DroppedItems => _droppedItems;

    public bool IsEmpty => _unknownLabels.Count == 0 && _droppedItems.Count == 0;

    public void UnknownLabel(VendorLabelKind kind, string label)
    {
        var key = new UnknownVendorLabel(kind, label.Trim());
        _unknownLabels[key] = _unknownLabels.GetValueOrDefault(key) + 1;
    }

    public void ItemDropped(DroppedItemReason reason) => _droppedItems[reason] = _droppedItems.GetValueOrDefault(reason) + 1;
}
