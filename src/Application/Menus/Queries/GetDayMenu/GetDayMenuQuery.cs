using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetDayMenu;

/// <summary>
/// Everything one hall serves on one date, cached per hall and date. Sent only by other use cases (the menu
/// queries, hours, the warmer, admin refresh), which have already checked the date is one the service serves:
/// it has no validator, so a request is validated once.
/// </summary>
/// <param name="Hall">The hall.</param>
/// <param name="Date">A Pacific service date.</param>
/// <remarks>
/// <see cref="CacheUse"/> and <see cref="AnswerBy"/> say how this request uses the cache: the admin refresh asks
/// for <see cref="CacheUse.Refresh"/>, a range gives its days one deadline.
/// </remarks>
public sealed record GetDayMenuQuery(Hall Hall, DateOnly Date) : IQuery<DayMenuResult>, ICacheableQuery
{
    public string CacheKey => DayMenuCacheKeys.Fresh(Hall.Id, Date);

    public CacheUse CacheUse { get; init; }

    public DateTimeOffset? AnswerBy { get; init; }
}
