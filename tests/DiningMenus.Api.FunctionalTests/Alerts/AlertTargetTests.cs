using System.Net;
using DiningMenus.Api.FunctionalTests.Archive;
using DiningMenus.Application.Alerts.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiningMenus.Api.FunctionalTests.Alerts;

/// <summary>Where deliveries may go: checked again at connect time on the address actually reached, and no redirect followed.</summary>
[TestFixture(ArchiveProviders.Sqlite)]
public sealed class AlertTargetTests(string provider) : AlertTestBase(provider)
{
    [Test]
    public async Task A_host_that_resolved_public_at_creation_and_loopback_at_connect_time_is_refused_there()
    {
        // DNS rebinding: creation sees a public address, the connection would reach loopback. Without the test flag.
        var service = StartService(services: s =>
        {
            s.RemoveAll<IWebhookTargetResolver>();
            s.AddSingleton<IWebhookTargetResolver>(new FixedResolver(IPAddress.Parse("93.184.215.14")));
        });
        using var client = service.CreateClient();
        var alert = await CreateAlertAsync(client, BulgogiAlert($"https://localhost:{Receiver.Url.Port}{WebhookReceiver.Path}"));

        using var dinner = await client.GetAsync(FraryDinner);
        await WaitForAttemptsAsync(client, alert, 1);

        Assert.That(Receiver.Received, Is.Empty);
        var delivery = (await DeliveriesAsync(client, alert)).EnumerateArray().Single();
        Assert.That(delivery.GetProperty("status").GetString(), Is.EqualTo("failed"));
        var attempt = delivery.GetProperty("attempts")[0];
        Assert.That(attempt.GetProperty("outcome").GetString(), Is.EqualTo("final"));
        Assert.That(attempt.GetProperty("error").GetString(), Does.Contain("no address a webhook may reach"));
    }

    [Test]
    public async Task A_redirect_is_not_followed_and_fails_the_delivery()
    {
        Receiver.AnswerNext(302);
        var service = StartAlertService();
        using var client = service.CreateClient();
        var alert = await CreateAlertAsync(client, BulgogiAlert());

        using var dinner = await client.GetAsync(FraryDinner);
        await WaitForAttemptsAsync(client, alert, 1);
        service.Clock.Advance(TimeSpan.FromHours(1));

        Assert.That(await DispatchAsync(service), Is.Zero);
        Assert.That(Receiver.Received.Select(r => r.AnsweredStatus), Is.EqualTo(new[] { 302 }), "the Location was not requested");
        var attempt = (await DeliveriesAsync(client, alert))[0].GetProperty("attempts")[0];
        Assert.That((attempt.GetProperty("status_code").GetInt32(), attempt.GetProperty("outcome").GetString()), Is.EqualTo((302, "final")));
    }

    private sealed class FixedResolver(IPAddress address) : IWebhookTargetResolver
    {
        public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IPAddress>>([address]);
    }
}
