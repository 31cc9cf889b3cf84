using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DiningMenus.Application.Common.Telemetry;

/// <summary>
/// The service's own metrics and traces, under the one name "DiningMenus" that the exporters subscribe to.
/// Instruments are created once per service provider (through <see cref="IMeterFactory"/>, so that test hosts
/// do not share counts); recording is a counter add with one or two tags, cheap enough for every request.
/// </summary>
public sealed class MenusTelemetry
{
    public const string Name = "DiningMenus";

    /// <summary>Spans around source reads and hours reads; a no-op unless a listener (an exporter) is attached.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _cacheMisses;
    private readonly Counter<long> _staleServes;
    private readonly Counter<long> _sourceFailures;
    private readonly Histogram<double> _upstreamDuration;
    private readonly Counter<long> _upstreamFailures;
    private readonly Counter<long> _unknownLabels;
    private readonly Counter<long> _droppedItems;

    public MenusTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _cacheHits = meter.CreateCounter<long>("diningmenus.cache.hits", description: "Answers found in a cache.");
        _cacheMisses = meter.CreateCounter<long>("diningmenus.cache.misses", description: "Cache look-ups that found nothing.");
        _staleServes = meter.CreateCounter<long>("diningmenus.menus.stale_serves", description: "Menus answered with the last good copy because every source failed.");
        _sourceFailures = meter.CreateCounter<long>("diningmenus.source.failures", description: "Menu source reads that gave no menu.");
        _upstreamDuration = meter.CreateHistogram<double>("diningmenus.upstream.duration", unit: "s", description: "Time of one upstream HTTP attempt.");
        _upstreamFailures = meter.CreateCounter<long>("diningmenus.upstream.failures", description: "Upstream HTTP attempts that failed or answered a non-success status.");
        _unknownLabels = meter.CreateCounter<long>("diningmenus.parse.unknown_labels", description: "Vendor labels (diet, allergen, flag) a parser could not map; never published.");
        _droppedItems = meter.CreateCounter<long>("diningmenus.parse.dropped_items", description: "Vendor list entries left out of menus: placeholders and filler.");
    }

    /// <param name="cache">Which cache: "day-menu" or "hours".</param>
    public void CacheHit(string cache) => _cacheHits.Add(1, new KeyValuePair<string, object?>("cache", cache));

    public void CacheMiss(string cache) => _cacheMisses.Add(1, new KeyValuePair<string, object?>("cache", cache));

    public void StaleServe(string hallId) => _staleServes.Add(1, new KeyValuePair<string, object?>("hall", hallId));

    public void SourceFailure(string source, string kind) =>
        _sourceFailures.Add(1, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("kind", kind));

    /// <param name="vendor">The vendor's client (pomona, bonappetit, sodexo).</param>
    /// <param name="elapsed">How long the attempt took.</param>
    /// <param name="outcome">"ok", an HTTP status code, or the exception's kind.</param>
    /// <param name="failed">Whether the attempt counts as an upstream failure.</param>
    public void UpstreamAttempt(string vendor, TimeSpan elapsed, string outcome, bool failed)
    {
        var vendorTag = new KeyValuePair<string, object?>("vendor", vendor);
        var outcomeTag = new KeyValuePair<string, object?>("outcome", outcome);
        _upstreamDuration.Record(elapsed.TotalSeconds, vendorTag, outcomeTag);
        if (failed)
        {
            _upstreamFailures.Add(1, vendorTag, outcomeTag);
        }
    }

    /// <param name="vendor">The vendor whose parser met the label (pomona, bonappetit, sodexo).</param>
    /// <param name="kind">diet, allergen or flag.</param>
    /// <param name="count">How often it occurred in one read.</param>
    public void UnknownLabels(string vendor, string kind, int count) =>
        _unknownLabels.Add(count, new KeyValuePair<string, object?>("vendor", vendor), new KeyValuePair<string, object?>("kind", kind));

    /// <param name="vendor">The vendor whose list held the entries.</param>
    /// <param name="reason">placeholder or filler.</param>
    /// <param name="count">How many one read dropped.</param>
    public void DroppedItems(string vendor, string reason, int count) =>
        _droppedItems.Add(count, new KeyValuePair<string, object?>("vendor", vendor), new KeyValuePair<string, object?>("reason", reason));
}
