using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DiningMenus.FakeUpstream;

/// <summary>
/// A loopback HTTP server standing in for the vendors: it answers <c>/{host}/{path}</c> URLs (what the
/// service's <c>Upstream:RedirectBaseUrl</c> seam sends) with real captured files, counts requests per
/// path and can be switched into faults. Used by the functional tests, the benchmarks and offline runs.
/// </summary>
public sealed class FakeUpstreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly ConcurrentDictionary<string, UpstreamRoute> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte[]> _bodies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.OrdinalIgnoreCase);

    private FakeUpstreamServer(WebApplication app, string root)
    {
        _app = app;
        _root = root;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The misbehaviour applied to every request from now on.</summary>
    public UpstreamFault Fault { get; set; }

    /// <summary>Extra delay before each answer (the fetch stays in flight meanwhile).</summary>
    public TimeSpan Delay { get; set; }

    public int TotalRequests => _requests.Values.Sum();

    /// <summary>Signalled when the host is asked to stop (SIGTERM/Ctrl+C are taken by its console lifetime).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>
    /// Answers the loopback-only <c>/__control/*</c> endpoints (see <see cref="HandleControlAsync"/>) so that
    /// shell scripts can read counts and switch faults. Off unless the CLI is given <c>--control</c>.
    /// </summary>
    public bool ControlEnabled { get; set; }

    /// <summary>Starts on 127.0.0.1 (<paramref name="port"/> 0 picks a free port).</summary>
    public static async Task<FakeUpstreamServer> StartAsync(string fixturesRoot, IEnumerable<UpstreamRoute> routes, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new FakeUpstreamServer(app, fixturesRoot);
        foreach (var route in routes)
        {
            server.AddRoute(route);
        }

        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    /// <summary>Reads a routes manifest (a JSON array of <see cref="UpstreamRoute"/>).</summary>
    public static IReadOnlyList<UpstreamRoute> LoadRoutes(string manifestPath) =>
        JsonSerializer.Deserialize<List<UpstreamRoute>>(File.ReadAllText(manifestPath), new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? [];

    /// <summary>Adds or replaces the route for its path and query.</summary>
    public void AddRoute(UpstreamRoute route)
    {
        var key = Key(route.Path, route.Query);
        _routes[key] = route;
        _bodies.TryRemove(key, out _);
    }

    /// <summary>Requests seen for a path ("/api.pomona.edu/eatec/Frary.json"), any query.</summary>
    public int RequestsTo(string path) => _requests.TryGetValue(Normalize(path), out var count) ? count : 0;

    public void ResetCounts() => _requests.Clear();

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
                    await Task.Delay(Timeout.InfiniteTimeSpan, aborted);
                    return;
                case UpstreamFault.Garbage:
                    context.Response.ContentType = "text/html";
                    await context.Response.WriteAsync("<!DOCTYPE html><html><body>Down for maintenance &amp; upgrades</body></html>", aborted);
                    return;
            }

            var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : null;
            if (!TryFindRoute(path, query, out var key, out var route))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var body = _bodies.GetOrAdd(key, _ => LoadBody(route));
            context.Response.ContentType = route.ContentType;
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

    private bool TryFindRoute(string path, string? query, out string key, out UpstreamRoute route)
    {
        key = Key(path, query);
        if (query is not null && _routes.TryGetValue(key, out route!))
        {
            return true;
        }

        key = Key(path, null);
        return _routes.TryGetValue(key, out route!);
    }

    private byte[] LoadBody(UpstreamRoute route)
    {
        var bytes = File.ReadAllBytes(Path.Combine(_root, route.File));
        return route.Wrap is { Length: > 0 } callback
            ? [.. Encoding.UTF8.GetBytes($"/**/ {callback}("), .. bytes, .. Encoding.UTF8.GetBytes(");")]
            : bytes;
    }

    private static string Key(string path, string? query) => query is null ? Normalize(path) : $"{Normalize(path)}?{query}";

    /// <summary>"/Host/a/b/" and "/host/a/b" are the same route.</summary>
    private static string Normalize(string path) => "/" + path.Trim('/');
}
