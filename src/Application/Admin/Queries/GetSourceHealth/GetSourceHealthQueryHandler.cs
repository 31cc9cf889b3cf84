using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using Mediator;

namespace DiningMenus.Application.Admin.Queries.GetSourceHealth;

public sealed class GetSourceHealthQueryHandler(IHallRegistry halls, SourceHealthLedger ledger)
    : IQueryHandler<GetSourceHealthQuery, IReadOnlyList<SourceHealthResponse>>
{
    public ValueTask<IReadOnlyList<SourceHealthResponse>> Handle(GetSourceHealthQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<SourceHealthResponse> rows = [.. halls.All.Select(hall =>
        {
            var health = ledger.For(hall.Id);
            return new SourceHealthResponse(hall.Id, hall.Vendor.ToString(), health.LastSuccessAt, health.LastSource,
                health.LastFailureAt, health.LastFailedSource, health.LastFailureReason);
        })];
        return ValueTask.FromResult(rows);
    }
}
