using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Alerts.Queries.GetAlertDeliveries;

public sealed class GetAlertDeliveriesQueryHandler(IAlertStore store) : IQueryHandler<GetAlertDeliveriesQuery, AlertDeliveriesResponse>
{
    public async ValueTask<AlertDeliveriesResponse> Handle(GetAlertDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var alert = await AlertAccess.OpenAsync(store, query.Id, query.Credential, cancellationToken);
        var deliveries = await store.GetDeliveriesAsync(alert.Id, cancellationToken);
        return new AlertDeliveriesResponse(alert.Id, [.. deliveries.Select(d => new DeliveryResponse(
            d.Id, d.Date.ToWireDate(), d.HallId, d.Meal.ToWireName(), d.Status.ToString().ToLowerInvariant(), d.CreatedAt, d.NextAttemptAt,
            [.. d.Attempts.Select(a => new DeliveryAttemptResponse(a.Number, a.At, a.StatusCode, a.Outcome.ToString().ToLowerInvariant(), a.Error))]))]);
    }
}
