using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using DiningMenus.Application.Common.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Telemetry;

/// <summary>The "DiningMenus" meter, listened to in process: only this host's instruments (its own meter factory) are counted.</summary>
public sealed class CacheMetricsTests : CapturedUpstreamTests
{
    [Test]
    public async Task A_request_that_misses_and_then_one_that_hits_count_a_miss_then_a_hit()
    {
        await using var factory = MenusApiFactory.Create(Upstream.BaseAddress);
        using var client = factory.CreateClient();
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        var events = new ConcurrentQueue<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MenusTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "cache" && Equals(tag.Value, "day-menu"))
                {
                    events.Enqueue($"{instrument.Name}+{value}");
                }
            }
        });
        listener.Start();

        using var first = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner");
        using var second = await client.GetAsync("/api/v2/menus?hall_id=frary&date=2025-12-01&meal=lunch");

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(events, Is.EqualTo(new[] { "diningmenus.cache.misses+1", "diningmenus.cache.hits+1" }));
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frary.json"), Is.EqualTo(1));
    }
}
