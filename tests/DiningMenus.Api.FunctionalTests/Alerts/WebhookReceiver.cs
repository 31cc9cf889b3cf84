using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiningMenus.Api.FunctionalTests.Alerts;

/// <summary>
/// A webhook receiver on loopback (Kestrel on 127.0.0.1, a free port): records every POST to <see cref="Path"/> with
/// its headers and body, and answers the statuses queued with <see cref="AnswerNext"/> (a redirect points back to
/// itself), then 200.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Path = "/hooks/dining";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>The requests answered 2xx.</summary>
    public IEnumerable<ReceivedWebhook> Accepted => Received.Where(r => r.AnsweredStatus is >= 200 and < 300);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost(Path, receiver.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), Path);
        return receiver;
    }

    /// <summary>The next requests are answered with these statuses, in order; then 200 again.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    public void Reset()
    {
        _answers.Clear();
        Received.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var status = _answers.TryDequeue(out var queued) ? queued : StatusCodes.Status200OK;
        Received.Enqueue(new ReceivedWebhook(
            context.Request.Headers["webhook-id"].ToString(),
            context.Request.Headers["webhook-timestamp"].ToString(),
            context.Request.Headers["webhook-signature"].ToString(),
            context.Request.ContentType,
            body,
            status));
        context.Response.StatusCode = status;
        if (status is >= 300 and < 400)
        {
            // Back to itself: a client following redirects would show up as a second request.
            context.Response.Headers.Location = Url.ToString();
        }
    }
}
