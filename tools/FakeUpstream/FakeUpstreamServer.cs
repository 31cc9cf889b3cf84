using System.Collections.Concurrent;
using System.Net;
using DiningMenus.Infrastructure.Http.Captures;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DiningMenus.FakeUpstream;

/// <summary>
/// A loopback HTTP server standing in for the vendors: it answers <c>/{host}/{path}</c> URLs (what the
/// service's <c>Upstream:RedirectBaseUrl</c> seam sends) from a capture folder (the same <see cref="CaptureDirectory"/>
/// the service's in-process replay serves), counts requests per path and can be switched into faults. Used by the
/// functional tests, the benchmarks and fault runs.
/// </summary>
public sealed class FakeUpstreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CaptureDirectory _captures;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.OrdinalIgnoreCase);
    private CancellationTokenSource _hangs = new();
    private int _hanging;

    private FakeUpstreamServer(WebApplication app, CaptureDirectory captures)
    {
        _app = app;
        _captures = captures;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The misbehaviour applied to every request from now on.</summary>
    public UpstreamFault Fault { get; set; }

    /// <summary>Extra delay before each answer (the fetch stays in flight meanwhile).</summary>
    public TimeSpan Delay { get; set; }

    public int TotalRequests => _requests.Values.Sum();

    /// <summary>
    /// Requests held by <see cref="UpstreamFault.Hang"/> right now: not yet given up by their client nor released. An
    /// answer the service gives while this is above zero did not wait for the hang to end.
    /// </summary>
    public int Hanging => Volatile.Read(ref _hanging);

    /// <summary>Signalled when the host is asked to stop (SIGTERM/Ctrl+C are taken by its console lifetime).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>
    /// Answers the loopback-only <c>/__control/*</c> endpoints (see <see cref="HandleControlAsync"/>) so that
    /// shell scripts can read counts and switch faults. Off unless the CLI is given <c>--control</c>.
    /// </summary>
    public bool ControlEnabled { get; set; }

    /// <summary>Starts on 127.0.0.1 (<paramref name="port"/> 0 picks a free port), answering from <paramref name="captures"/>.</summary>
    public static async Task<FakeUpstreamServer> StartAsync(CaptureDirectory captures, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new FakeUpstreamServer(app, captures);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    /// <summary>Adds or replaces the answer to a vendor URL (its file relative to the capture folder, or absolute).</summary>
    public void AddCapture(CapturedResponse capture) => _captures.Add(capture);

    /// <summary>Requests seen for a path ("/api.pomona.edu/eatec/Frary.json"), any query.</summary>
    public int RequestsTo(string path) => _requests.TryGetValue(Normalize(path), out var count) ? count : 0;

    public void ResetCounts() => _requests.Clear();

    /// <summary>Ends every hanging request with a 504 (what a gateway would say), e.g. those a finished test left behind.</summary>
    public void ReleaseHangs()
    {
        // Not disposed: a request starting this instant may still link to it.
        Interlocked.Exchange(ref _hangs, new CancellationTokenSource()).Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = Normalize(context.Request.Path.Value ?? "/");
        if (ControlEnabled && path.StartsWith(ControlPrefix, StringComparison.Ordinal))
        {
            await HandleControlAsync(context, path[ControlPrefix.Length..]);
            return;
        }

        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var aborted = context.RequestAborted;
        try
        {
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, aborted);
            }

            switch (Fault)
            {
                case UpstreamFault.ServerError:
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    context.Response.ContentType = "text/html";
                    await context.Response.WriteAsync("<html><body><h1>500 Internal Server Error</h1></body></html>", aborted);
                    return;
                case UpstreamFault.Hang:
                    await HangAsync(context, aborted);
                    return;
                case UpstreamFault.Garbage:
                    context.Response.ContentType = "text/html";
                    await context.Response.WriteAsync("<!DOCTYPE html><html><body>Down for maintenance &amp; upgrades</body></html>", aborted);
                    return;
            }

            // "/api.pomona.edu/eatec/Frary.json?x" stands for https://api.pomona.edu/eatec/Frary.json?x.
            if (path == "/" || !Uri.TryCreate($"https:/{path}{context.Request.QueryString}", UriKind.Absolute, out var url)
                || !_captures.TryFind(url, out var capture, out var body))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.StatusCode = capture.Status;
            context.Response.ContentType = capture.ContentType;
            if (Fault == UpstreamFault.Truncate)
            {
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), aborted);
                await context.Response.Body.FlushAsync(aborted);
                context.Abort();
                return;
            }

            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client gave up (its timeout): nothing left to answer.
        }
    }

    private async Task HangAsync(HttpContext context, CancellationToken aborted)
    {
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(aborted, _hangs.Token);
        Interlocked.Increment(ref _hanging);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, hang.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
        }
        finally
        {
            Interlocked.Decrement(ref _hanging);
        }
    }

    private const string ControlPrefix = "/__control/";

    /// <summary>
    /// <c>GET /__control/requests?path=/host/path</c> → the count as plain text (no path: the total);
    /// <c>POST /__control/fault?mode=None|ServerError|Hang|Truncate|Garbage</c>;
    /// <c>POST /__control/delay?ms=N</c>; <c>POST /__control/reset</c> clears the counts.
    /// Control requests are not counted and are refused (403) from anywhere but loopback.
    /// </summary>
    private async Task HandleControlAsync(HttpContext context, string command)
    {
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var query = context.Request.Query;
        var post = HttpMethods.IsPost(context.Request.Method);
        string? answer = (command, post) switch
        {
            ("requests", false) => (query.TryGetValue("path", out var p) && !string.IsNullOrEmpty(p)
                ? RequestsTo(p.ToString()) : TotalRequests).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ("fault", true) when Enum.TryParse<UpstreamFault>(query["mode"], ignoreCase: true, out var mode) && Enum.IsDefined(mode) => Set(() => Fault = mode, mode.ToString()),
            ("delay", true) when int.TryParse(query["ms"], out var ms) && ms >= 0 => Set(() => Delay = TimeSpan.FromMilliseconds(ms), $"{ms}"),
            ("reset", true) => Set(ResetCounts, "reset"),
            _ => null,
        };

        context.Response.StatusCode = answer is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync((answer ?? "unknown control command") + "\n", context.RequestAborted);
    }

    private static string Set(Action change, string answer)
    {
        change();
        return answer;
    }

    /// <summary>"/Host/a/b/" and "/host/a/b" are counted as one path.</summary>
    private static string Normalize(string path) => "/" + path.Trim('/');
}
