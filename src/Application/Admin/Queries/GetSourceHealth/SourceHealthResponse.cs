namespace DiningMenus.Application.Admin.Queries.GetSourceHealth;

/// <summary>One hall's source health.</summary>
/// <param name="HallId">The hall, e.g. frary.</param>
/// <param name="Vendor">Pomona, BonAppetit or Sodexo.</param>
/// <param name="LastSuccessAt">When a source last answered for this hall (UTC), if ever since start.</param>
/// <param name="LastSource">The source that answered last (eatec-feed, bonappetit-page, sodexo-api, ...).</param>
/// <param name="LastFailureAt">When a source last failed for this hall (UTC).</param>
/// <param name="LastFailedSource">The source that failed last.</param>
/// <param name="LastFailureReason">Failure kind and reason, e.g. "HttpError: HTTP 503 from api.pomona.edu/eatec/Frary.json".</param>
public sealed record SourceHealthResponse(
    string HallId,
    string Vendor,
    DateTimeOffset? LastSuccessAt,
    string? LastSource,
    DateTimeOffset? LastFailureAt,
    string? LastFailedSource,
    string? LastFailureReason);
