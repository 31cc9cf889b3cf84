namespace DiningMenus.Application.Admin.Queries.GetSourceHealth;

/// <summary>One hall's source health.</summary>
/// <param name="LastSource">The source that answered last (eatec-feed, bonappetit-page, sodexo-api, ...).</param>
/// <param name="LastFailureReason">Failure kind and reason, e.g. "HttpError: HTTP 503 from api.pomona.edu/eatec/Frary.json".</param>
public sealed record SourceHealthResponse(
    string HallId,
    string Vendor,
    DateTimeOffset? LastSuccessAt,
    string? LastSource,
    DateTimeOffset? LastFailureAt,
    string? LastFailedSource,
    string? LastFailureReason);
