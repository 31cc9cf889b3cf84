using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetDayMenu;

public sealed class GetDayMenuQueryHandler(IHallRegistry halls, MenuFallbackOrchestrator orchestrator)
    : IQueryHandler<GetDayMenuQuery, DayMenuResult>
{
    public async ValueTask<DayMenuResult> Handle(GetDayMenuQuery query, CancellationToken cancellationToken)
    {
        // The validator has already checked both; these only turn the strings into values.
        var hall = halls.Find(query.HallId) ?? throw new InvalidOperationException($"Unvalidated hall id {query.HallId}.");
        if (!RequestRules.TryParseDate(query.Date, out var date))
        {
            throw new InvalidOperationException($"Unvalidated date {query.Date}.");
        }

        return await orchestrator.ReadAsync(hall, date, cancellationToken);
    }
}
