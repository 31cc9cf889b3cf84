namespace DiningMenus.FakeUpstream;

/// <summary>
/// One URL the fake upstream answers: <see cref="Path"/> is "/host/path" (the redirect seam's shape),
/// <see cref="Query"/> an optional exact query string without "?", the body a file under the fixtures root.
/// </summary>
public sealed record UpstreamRoute
{
    public required string Path { get; init; }

    public string? Query { get; init; }

    /// <summary>File relative to the fixtures root.</summary>
    public required string File { get; init; }

    /// <summary>"menuData" wraps the file as the real Eatec body is wrapped: <c>/**/ menuData(</c> … <c>);</c>.</summary>
    public string? Wrap { get; init; }

    public string ContentType { get; init; } = "application/json; charset=utf-8";
}
