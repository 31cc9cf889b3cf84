using DiningMenus.Application.Menus.Common;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetDayMenu;

public sealed class GetDayMenuQueryHandler(MenuFallbackOrchestrator orchestrator) : IQueryHandler<GetDayMenuQuery, DayMenuResult>
{
    public async ValueTask<DayMenuResult> Handle(GetDayMenuQuery query, CancellationToken cancellationToken) =>
        await orchestrator.ReadAsync(query.Hall, query.Date, cancellationToken);
}
