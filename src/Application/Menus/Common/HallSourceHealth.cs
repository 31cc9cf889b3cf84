namespace DiningMenus.Application.Menus.Common;

/// <summary>One hall's last source success and failure, as this instance saw them.</summary>
public sealed record HallSourceHealth(
    DateTimeOffset? LastSuccessAt,
    string? LastSource,
    DateTimeOffset? LastFailureAt,
    string? LastFailedSource,
    string? LastFailureReason);
