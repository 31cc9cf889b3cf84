using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetHallDay;

/// <summary>Everything one hall serves on one date, every meal in one answer.</summary>
/// <param name="HallId">The hall id, e.g. "frary".</param>
/// <param name="Date">YYYY-MM-DD, a Pacific service date.</param>
/// <param name="Tags">Optional comma-separated dietary tags every item kept must carry.</param>
public sealed record GetHallDayQuery(string? HallId, string? Date, string? Tags = null) : IQuery<HallDayResponse>;
