namespace DiningMenus.Infrastructure.Http.Captures;

/// <summary>
/// One entry of a capture folder's <c>routes.json</c>: the vendor URL the service requests and the file that
/// answers it. Read by the in-process replay (<c>Upstream:ReplayDirectory</c>) and by <c>tools/FakeUpstream</c>,
/// written by the recorder (<c>Upstream:RecordDirectory</c>).
/// </summary>
public sealed record CapturedResponse
{
    /// <summary>
    /// The vendor URL as configured, e.g. https://api.pomona.edu/eatec/Frary.json. Matched on host, path and query
    /// (scheme, letter case and a trailing slash ignored); an entry without a query also answers any query.
    /// </summary>
    public required string Url { get; init; }

    /// <summary>The body, relative to the capture folder (an absolute path also works, for tests).</summary>
    public required string File { get; init; }

    /// <summary>
    /// A JSONP callback to wrap the file in as the vendor does (<c>/**/ menuData(</c> … <c>);</c>), for captures
    /// stored unwrapped; empty for files that hold the body as received.
    /// </summary>
    public string? Wrap { get; init; }

    public string ContentType { get; init; } = "application/json; charset=utf-8";

    public int Status { get; init; } = 200;

    /// <summary>When the recorder received it (empty for captures taken elsewhere; their provenance is in the folder's README).</summary>
    public DateTimeOffset? RecordedAt { get; init; }
}
