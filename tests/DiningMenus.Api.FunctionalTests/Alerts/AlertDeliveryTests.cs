using System.Net;
using System.Text.Json;
using DiningMenus.Api.FunctionalTests.Archive;
using DiningMenus.Application.Alerts.Common;
using DiningMenus.Infrastructure.Alerts;
using DiningMenus.Infrastructure.Archive;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Alerts;

/// <summary>
/// Dish alerts end to end: Frary's captured week read through the real pipeline, archived, matched, delivered to a
/// receiver on loopback with a Standard Webhooks signature; retries, a restart, and no duplicates. On a real SQLite
/// file and a real PostgreSQL.
/// </summary>
[TestFixture(ArchiveProviders.Sqlite)]
[TestFixture(ArchiveProviders.Postgres)]
public sealed class AlertDeliveryTests(string provider) : AlertTestBase(provider)
{
    [Test]
    public async Task A_bulgogi_alert_gets_one_signed_delivery_when_Frarys_week_is_read_and_a_re_read_sends_none()
    {
        var service = StartAlertService(new Dictionary<string, string?> { ["Admin:ApiKey"] = "alerts-test-admin-key" });
        using var client = service.CreateClient();
        var alert = await CreateAlertAsync(client, BulgogiAlert());

        using var dinner = await client.GetAsync(FraryDinner);
        Assert.That(dinner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await WaitForReceivedAsync(1);
        await WaitForAttemptsAsync(client, alert, 1);

        var received = Receiver.Received.Single();
        Assert.That(received.SignatureVerifiesWith(alert.Secret), Is.True, received.Signature);
        Assert.That(received.Id, Does.StartWith("msg_"));
        Assert.That(received.Timestamp, Is.EqualTo(service.Clock.GetUtcNow().ToUnixTimeSeconds().ToString()));
        Assert.That(received.ContentType, Does.StartWith("application/json"));
        var body = received.Json;
        Assert.That(body.GetProperty("type").GetString(), Is.EqualTo("dish.served"));
        Assert.That(body.GetProperty("alert_id").GetString(), Is.EqualTo(alert.Id));
        var occurrence = body.GetProperty("occurrences").EnumerateArray().Single();
        Assert.That(occurrence.GetProperty("date").GetString(), Is.EqualTo("2025-12-01"));
        Assert.That(occurrence.GetProperty("hall_id").GetString(), Is.EqualTo("frary"));
        Assert.That(occurrence.GetProperty("hall_name").GetString(), Is.EqualTo("Frary"));
        Assert.That(occurrence.GetProperty("meal").GetString(), Is.EqualTo("dinner"));
        Assert.That(occurrence.GetProperty("station").GetString(), Is.EqualTo("Mainline"));
        Assert.That(occurrence.GetProperty("name").GetString(), Is.EqualTo("Spicy Pork Bulgogi"));
        Assert.That(occurrence.GetProperty("tags").ValueKind, Is.EqualTo(JsonValueKind.Array));

        // A re-read of the day (the admin refresh fetches the vendor again) and every archived day announced again,
        // as a changed revision or a second instance would: the database already holds this occurrence's delivery.
        using (var refresh = new HttpRequestMessage(HttpMethod.Post, "/api/v2/admin/halls/frary/menus/2025-12-01/refresh"))
        {
            refresh.Headers.Add("X-Api-Key", "alerts-test-admin-key");
            using var refreshed = await client.SendAsync(refresh);
            Assert.That(refreshed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(Published.Count(p => p.HallId == "frary"), Is.EqualTo(7), "the identical re-read archives nothing new");
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
            foreach (var day in Published.ToList())
            {
                await publisher.Publish(day);
            }
        }

        Assert.That(await DispatchAsync(service), Is.Zero);
        Assert.That(Receiver.Received, Has.Count.EqualTo(1));
        var deliveries = await DeliveriesAsync(client, alert);
        Assert.That(deliveries.GetArrayLength(), Is.EqualTo(1));
        Assert.That(deliveries[0].GetProperty("status").GetString(), Is.EqualTo("delivered"));
        Assert.That(deliveries[0].GetProperty("id").GetString(), Is.EqualTo(received.Id));
    }

    [Test]
    public async Task A_receiver_answering_500_twice_then_200_gets_the_delivery_on_the_third_attempt()
    {
        Receiver.AnswerNext(500, 500);
        var service = StartAlertService();
        using var client = service.CreateClient();
        var alert = await CreateAlertAsync(client, BulgogiAlert());

        using var dinner = await client.GetAsync(FraryDinner);
        await WaitForReceivedAsync(1);
        await WaitForAttemptsAsync(client, alert, 1);
        Assert.That(await DispatchAsync(service), Is.Zero, "not due before its backoff (30 s)");

        service.Clock.Advance(TimeSpan.FromSeconds(30));
        await DispatchAsync(service);
        await WaitForReceivedAsync(2);
        await WaitForAttemptsAsync(client, alert, 2);
        service.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.That(await DispatchAsync(service), Is.Zero, "the second retry waits twice as long (60 s)");

        service.Clock.Advance(TimeSpan.FromSeconds(30));
        await DispatchAsync(service);
        await WaitForReceivedAsync(3);
        await WaitForAttemptsAsync(client, alert, 3);

        var received = Receiver.Received.ToList();
        Assert.That(received.Select(r => r.AnsweredStatus), Is.EqualTo(new[] { 500, 500, 200 }));
        Assert.That(received.Select(r => r.Id).Distinct().Count(), Is.EqualTo(1), "one webhook-id for every attempt");
        Assert.That(received.Select(r => r.Body).Distinct().Count(), Is.EqualTo(1), "the same body every time");
        Assert.That(received.All(r => r.SignatureVerifiesWith(alert.Secret)), Is.True);
        var delivery = (await DeliveriesAsync(client, alert)).EnumerateArray().Single();
        Assert.That(delivery.GetProperty("status").GetString(), Is.EqualTo("delivered"));
        Assert.That(delivery.GetProperty("attempts").EnumerateArray().Select(a => (a.GetProperty("status_code").GetInt32(), a.GetProperty("outcome").GetString())),
            Is.EqualTo(new[] { (500, "retry"), (500, "retry"), (200, "delivered") }));
    }

    [Test]
    public async Task A_retry_pending_across_a_restart_is_delivered_exactly_once()
    {
        Receiver.AnswerNext(503);
        var before = StartAlertService();
        CreatedAlert alert;
        using (var client = before.CreateClient())
        {
            alert = await CreateAlertAsync(client, BulgogiAlert());
            using var dinner = await client.GetAsync(FraryDinner);
            await WaitForReceivedAsync(1);
            await WaitForAttemptsAsync(client, alert, 1);
        }

        await before.DisposeAsync();
        var after = StartAlertService();
        after.Clock.Advance(TimeSpan.FromMinutes(1));
        using var restarted = after.CreateClient();

        // The restarted dispatcher looks at the outbox as it starts: nothing has to be read again.
        await WaitForReceivedAsync(2);
        await WaitForAttemptsAsync(restarted, alert, 2);
        Assert.That(await DispatchAsync(after), Is.Zero);

        Assert.That(Receiver.Received.Select(r => r.AnsweredStatus), Is.EqualTo(new[] { 503, 200 }));
        Assert.That(Receiver.Accepted.Count(), Is.EqualTo(1));
        Assert.That(Receiver.Accepted.Single().SignatureVerifiesWith(alert.Secret), Is.True);
        var delivery = (await DeliveriesAsync(restarted, alert)).EnumerateArray().Single();
        Assert.That(delivery.GetProperty("status").GetString(), Is.EqualTo("delivered"));
    }

    [Test]
    public async Task An_alert_made_after_the_week_was_read_hears_of_the_upcoming_serving_once()
    {
        var service = StartAlertService();
        using var client = service.CreateClient();
        using (var dinner = await client.GetAsync(FraryDinner))
        {
            Assert.That(dinner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var alert = await CreateAlertAsync(client, BulgogiAlert());

        await WaitForReceivedAsync(1);
        await WaitForAttemptsAsync(client, alert, 1);
        var occurrence = Receiver.Received.Single().Json.GetProperty("occurrences").EnumerateArray().Single();
        Assert.That(occurrence.GetProperty("date").GetString(), Is.EqualTo("2025-12-01"));
        Assert.That(occurrence.GetProperty("name").GetString(), Is.EqualTo("Spicy Pork Bulgogi"));
        Assert.That(await service.Services.GetRequiredService<UpcomingServingsMatcher>().QueueAsync(
            await service.Services.GetRequiredService<IAlertStore>().GetEnabledAsync(CancellationToken.None), CancellationToken.None), Is.Zero, "matched again: nothing new");
    }

    [Test]
    public async Task A_day_archived_just_before_a_stop_whose_deliveries_were_not_queued_is_delivered_after_the_restart()
    {
        // The first process archives the week, but every queueing is lost (it dies right after each commit).
        var before = StartAlertService(services: services => services.AddSingleton<IAlertStore>(
            sp => new QueueingLostStore(ActivatorUtilities.CreateInstance<AlertStore>(sp))));
        CreatedAlert alert;
        using (var client = before.CreateClient())
        {
            alert = await CreateAlertAsync(client, BulgogiAlert());
            using var dinner = await client.GetAsync(FraryDinner);
            Assert.That(dinner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Published.Count(p => p.HallId == "frary"), Is.EqualTo(7), "the week is archived");
            Assert.That(await DispatchAsync(before), Is.Zero, "nothing was queued");
        }

        await before.DisposeAsync();
        var after = StartAlertService();
        using var restarted = after.CreateClient();

        await WaitForReceivedAsync(1);
        await WaitForAttemptsAsync(restarted, alert, 1);
        Assert.That(Receiver.Received.Single().SignatureVerifiesWith(alert.Secret), Is.True);
        Assert.That(Receiver.Received.Single().Json.GetProperty("occurrences").EnumerateArray().Single().GetProperty("date").GetString(), Is.EqualTo("2025-12-01"));
    }

    [Test]
    public async Task A_final_4xx_is_not_retried_and_disables_the_alert_after_the_configured_failures()
    {
        Receiver.AnswerNext(410);
        var service = StartAlertService(new Dictionary<string, string?> { ["Alerts:DisableAfterFailures"] = "1" });
        using var client = service.CreateClient();
        var alert = await CreateAlertAsync(client, BulgogiAlert());

        using var dinner = await client.GetAsync(FraryDinner);
        await WaitForAttemptsAsync(client, alert, 1);
        service.Clock.Advance(TimeSpan.FromHours(1));

        Assert.That(await DispatchAsync(service), Is.Zero);
        Assert.That(Receiver.Received, Has.Count.EqualTo(1));
        var delivery = (await DeliveriesAsync(client, alert)).EnumerateArray().Single();
        Assert.That(delivery.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(delivery.GetProperty("attempts")[0].GetProperty("outcome").GetString(), Is.EqualTo("final"));
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/v2/alerts/{alert.Id}");
        get.Headers.Authorization = new("Bearer", alert.Secret);
        var shown = await (await client.SendAsync(get)).ReadJsonAsync();
        Assert.That(shown.GetProperty("enabled").GetBoolean(), Is.False);
        Assert.That(shown.GetProperty("consecutive_failures").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_archive_cleanup_removes_finished_deliveries_of_dates_past_retention()
    {
        var service = StartAlertService(new Dictionary<string, string?> { ["Archive:RetentionDays"] = "1" });
        using var client = service.CreateClient();
        var alert = await CreateAlertAsync(client, BulgogiAlert());
        using var dinner = await client.GetAsync(FraryDinner);
        await WaitForAttemptsAsync(client, alert, 1);

        service.Clock.Advance(TimeSpan.FromDays(1));
        await service.Services.GetRequiredService<ArchiveRetention>().PurgeAsync(CancellationToken.None);
        Assert.That((await DeliveriesAsync(client, alert)).GetArrayLength(), Is.EqualTo(1), "2025-12-01 is still kept");

        service.Clock.Advance(TimeSpan.FromDays(1));
        await service.Services.GetRequiredService<ArchiveRetention>().PurgeAsync(CancellationToken.None);
        Assert.That((await DeliveriesAsync(client, alert)).GetArrayLength(), Is.Zero);
    }
}
