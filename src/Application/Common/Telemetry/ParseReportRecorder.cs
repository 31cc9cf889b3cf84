using System.Collections.Concurrent;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using Microsoft.Extensions.Logging;

namespace DiningMenus.Application.Common.Telemetry;

/// <summary>
/// Turns parse reports into metrics (every occurrence) and log lines (each unknown label once per process, so that
/// a feed repeating a new label in every item and every refresh yields one warning, not thousands).
/// </summary>
public sealed partial class ParseReportRecorder(MenusTelemetry telemetry, ILogger<ParseReportRecorder> logger)
{
    // Garbage pages could carry endlessly many "labels"; past this many, new ones are still counted but no longer logged.
    private const int MaxRemembered = 1000;

    private readonly ConcurrentDictionary<(VendorType, UnknownVendorLabel), bool> _logged = new();

    public void Record(VendorType vendor, string source, string hallId, ParseReport report)
    {
        if (report.IsEmpty)
        {
            return;
        }

        var vendorName = vendor.ToString().ToLowerInvariant();
        foreach (var (label, count) in report.UnknownLabels)
        {
            telemetry.UnknownLabels(vendorName, label.Kind.ToString().ToLowerInvariant(), count);
            if (_logged.Count < MaxRemembered && _logged.TryAdd((vendor, label), true))
            {
                LogUnknownLabel(logger, label.Kind, label.Label, vendorName, source, hallId);
            }
        }

        foreach (var (reason, count) in report.DroppedItems)
        {
            telemetry.DroppedItems(vendorName, reason.ToString().ToLowerInvariant(), count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Unknown {Kind} label \"{Label}\" from {Vendor} ({Source}, first seen for {HallId}): left out of menus; map it in the Domain vocabulary")]
    private static partial void LogUnknownLabel(ILogger logger, VendorLabelKind kind, string label, string vendor, string source, string hallId);
}
