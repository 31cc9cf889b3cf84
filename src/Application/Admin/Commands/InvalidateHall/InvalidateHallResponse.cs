namespace DiningMenus.Application.Admin.Commands.InvalidateHall;

/// <summary>The hall and the dates (first and last) whose cache entries were removed.</summary>
public sealed record InvalidateHallResponse(string HallId, string From, string To, int Dates);
