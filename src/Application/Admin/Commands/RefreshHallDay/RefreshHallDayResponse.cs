namespace DiningMenus.Application.Admin.Commands.RefreshHallDay;

/// <summary>What the refresh produced: the day's status, its meals, which source answered and whether it is stale.</summary>
public sealed record RefreshHallDayResponse(
    string HallId, string Date, string Status, IReadOnlyList<string> Meals, string Source, DateTimeOffset FetchedAt, bool IsStale);
