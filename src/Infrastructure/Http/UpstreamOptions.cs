namespace DiningMenus.Infrastructure.Http;

/// <summary>The <c>Upstream</c> configuration section: how vendor pages and feeds are fetched.</summary>
public sealed class UpstreamOptions
{
    public const string SectionName = "Upstream";

    /// <summary>
    /// When set (e.g. http://127.0.0.1:9000), every upstream request goes there instead, with the original
    /// host as the first path segment. Tests, benchmarks and offline demos use this.
    /// </summary>
    public string? RedirectBaseUrl { get; set; }

    /// <summary>
    /// When set, every upstream request is answered from the capture folder there (its <c>routes.json</c>), never the
    /// network; a URL it does not hold is a 404. Relative to the content root. Offline runs and tests use this.
    /// </summary>
    public string? ReplayDirectory { get; set; }

    /// <summary>
    /// When set, every upstream response the service receives is saved into the folder there (body as received plus a
    /// <c>routes.json</c> entry), which is then a replay directory and a test capture. Relative to the content root.
    /// </summary>
    public string? RecordDirectory { get; set; }

    /// <summary>Largest body accepted; real pages reach 1.5 MB and BiteMenu about 5 MB.</summary>
    public int MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Timeout of one attempt.</summary>
    public int AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>Timeout of a request including its retries.</summary>
    public int TotalTimeoutSeconds { get; set; } = 25;

    /// <summary>Retries after the first attempt, for transient failures (5xx, 408, 429, network).</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 500;

    /// <summary>How long a host's circuit stays open after too many failures.</summary>
    public int CircuitBreakSeconds { get; set; } = 30;

    public string UserAgent { get; set; } = "DiningMenus/2.0 (+claremont dining menus service)";
}
