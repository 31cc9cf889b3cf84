using System.Diagnostics;
using System.Text.Json;

namespace DiningMenus.LoadTools;

/// <summary>One answer as the load tools see it.</summary>
internal sealed record Answer(int Status, double Milliseconds, int? Stations, bool? IsStale, string Body, string? ClientError)
{
    public bool Is2xx => Status is >= 200 and < 300;
}

internal static class Http
{
    /// <summary>A client whose pool opens up to <paramref name="connections"/> connections to the one server.</summary>
    public static HttpClient CreateClient(int connections, TimeSpan timeout) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            Timeout = timeout,
        };

    /// <summary>The URL exactly as written (no re-escaping of "%zz" and friends), so hostile queries reach the server as built.</summary>
    public static Uri Raw(string url) => new(url, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    public static async Task<Answer> GetAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            var (stations, stale) = status == 200 ? ReadMenu(body) : (null, null);
            return new Answer(status, watch.Elapsed.TotalMilliseconds, stations, stale, body, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Answer(0, watch.Elapsed.TotalMilliseconds, null, null, string.Empty, ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>Station count and is_stale of a menu answer; nulls when the body is not one.</summary>
    private static (int? Stations, bool? IsStale) ReadMenu(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            int? stations = root.TryGetProperty("stations", out var s) && s.ValueKind == JsonValueKind.Array ? s.GetArrayLength() : null;
            bool? stale = root.TryGetProperty("is_stale", out var st) && st.ValueKind is JsonValueKind.True or JsonValueKind.False ? st.GetBoolean() : null;
            return (stations, stale);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
