using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiningMenus.Api.FunctionalTests.Archive;
using DiningMenus.Api.FunctionalTests.Caching;
using DiningMenus.Infrastructure.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Alerts;

/// <summary>
/// Base of the alert fixtures: the archive fixtures' fake upstream and fresh database per test, plus a webhook
/// receiver on loopback. Services started here allow loopback webhook targets (<c>Alerts:AllowLoopbackTargets</c>).
/// </summary>
public abstract class AlertTestBase(string provider) : ArchiveTestBase(provider)
{
    protected const string FraryDinner = "/api/v2/menus?hall_id=frary&date=2025-12-01&meal=dinner";

    protected WebhookReceiver Receiver { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartReceiver() => Receiver = await WebhookReceiver.StartAsync();

    [OneTimeTearDown]
    public async Task StopReceiver()
    {
        if (Receiver is not null)
        {
            await Receiver.DisposeAsync();
        }
    }

    [SetUp]
    public void ResetReceiver() => Receiver.Reset();

    protected MenusApiFactory StartAlertService(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?> { ["Alerts:AllowLoopbackTargets"] = "true" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return StartService(all, services);
    }

    protected object BulgogiAlert(string? url = null) => new { query = "bulgogi", webhook_url = url ?? Receiver.Url.ToString() };

    protected static async Task<CreatedAlert> CreateAlertAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/v2/alerts", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return new CreatedAlert(json.GetProperty("id").GetString()!, json.GetProperty("secret").GetString()!, response.Headers.Location);
    }

    protected static async Task<JsonElement> DeliveriesAsync(HttpClient client, CreatedAlert alert)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v2/alerts/{alert.Id}/deliveries");
        request.Headers.Authorization = new("Bearer", alert.Secret);
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("deliveries");
    }

    /// <summary>Waits until the alert's only delivery has <paramref name="attempts"/> attempts recorded.</summary>
    protected static Task<string> WaitForAttemptsAsync(HttpClient client, CreatedAlert alert, int attempts) =>
        Eventually.WaitForAsync(
            async () => (await DeliveriesAsync(client, alert)).EnumerateArray().SingleOrDefault() is { ValueKind: JsonValueKind.Object } delivery
                && delivery.GetProperty("attempts").GetArrayLength() == attempts
                ? "recorded"
                : null,
            $"attempt {attempts} recorded");

    protected Task<string> WaitForReceivedAsync(int count) =>
        Eventually.WaitForAsync(() => Task.FromResult(Receiver.Received.Count >= count ? "received" : null), $"{count} webhook requests");

    /// <summary>One pass of the instance's dispatcher, as its background loop runs it.</summary>
    protected static Task<int> DispatchAsync(MenusApiFactory factory) =>
        factory.Services.GetRequiredService<AlertDeliveryDispatcher>().DispatchDueAsync(CancellationToken.None);

    protected sealed record CreatedAlert(string Id, string Secret, Uri? Location);
}
