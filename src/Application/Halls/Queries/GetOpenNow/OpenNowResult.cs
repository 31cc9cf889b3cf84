namespace DiningMenus.Application.Halls.Queries.GetOpenNow;

/// <summary>The halls known to be serving at <see cref="At"/>, and the ids of halls whose hours are unknown then.</summary>
public sealed record OpenNowResult(DateTimeOffset At, IReadOnlyList<OpenHallResponse> Serving, IReadOnlyList<string> Unknown);
