using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetDayMenu;

/// <summary>Everything one hall serves on one date, cached per hall and date.</summary>
/// <param name="HallId">The hall id, e.g. "frary".</param>
/// <param name="Date">YYYY-MM-DD, a Pacific service date.</param>
public sealed record GetDayMenuQuery(string? HallId, string? Date) : IQuery<DayMenuResult>, ICacheableQuery
{
    public string CacheKey => RequestRules.TryParseDate(Date, out var date)
        ? DayMenuCacheKeys.Fresh(HallId ?? string.Empty, date)
        : throw new InvalidOperationException("The cache key of an unvalidated query was asked for.");
}
