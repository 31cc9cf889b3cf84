using System.Diagnostics.Metrics;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Domain.Halls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiningMenus.Application.UnitTests.Common.Telemetry;

public sealed class ParseReportRecorderTests
{
    [Test]
    public void An_unknown_label_is_logged_once_per_process_and_counted_every_time()
    {
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        var counts = new Dictionary<string, long>();
        using var listener = Listen(meters, counts);
        var log = new ListLogger();
        var recorder = new ParseReportRecorder(new MenusTelemetry(meters), log);

        for (var read = 0; read < 3; read++)
        {
            var report = new ParseReport();
            report.UnknownLabel(VendorLabelKind.Diet, "Wellness Warrior");
            report.UnknownLabel(VendorLabelKind.Diet, "Wellness Warrior");
            report.UnknownLabel(VendorLabelKind.Flag, "Maybe");
            report.ItemDropped(DroppedItemReason.Placeholder);
            recorder.Record(VendorType.BonAppetit, "bonappetit-page", "collins", report);
        }

        Assert.That(log.Lines, Has.Count.EqualTo(2));
        Assert.That(log.Lines, Has.One.Contains("\"Wellness Warrior\"").And.Contains("bonappetit"));
        Assert.That(counts, Is.EqualTo(new Dictionary<string, long>
        {
            ["diningmenus.parse.unknown_labels bonappetit diet"] = 6,
            ["diningmenus.parse.unknown_labels bonappetit flag"] = 3,
            ["diningmenus.parse.dropped_items bonappetit placeholder"] = 3,
        }));
    }

    [Test]
    public void The_same_label_from_another_vendor_is_logged_again()
    {
        var log = new ListLogger();
        var recorder = new ParseReportRecorder(TestData.TestTelemetry.Create(), log);
        var report = new ParseReport();
        report.UnknownLabel(VendorLabelKind.Allergen, "Mustard");

        recorder.Record(VendorType.Sodexo, "sodexo-api", "hoch", report);
        recorder.Record(VendorType.Pomona, "eatec-feed", "frary", report);
        recorder.Record(VendorType.Pomona, "eatec-feed", "frank", report);

        Assert.That(log.Lines, Has.Count.EqualTo(2));
    }

    private static MeterListener Listen(IMeterFactory meters, Dictionary<string, long> counts)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MenusTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = string.Join(' ', [instrument.Name, .. tags.ToArray().Select(t => t.Value?.ToString())]);
            counts[key] = counts.GetValueOrDefault(key) + value;
        });
        listener.Start();
        return listener;
    }

    private sealed class ListLogger : ILogger<ParseReportRecorder>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
