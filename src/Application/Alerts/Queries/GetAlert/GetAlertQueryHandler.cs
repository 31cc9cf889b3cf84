using DiningMenus.Application.Alerts.Common;
using Mediator;

namespace DiningMenus.Application.Alerts.Queries.GetAlert;

public sealed class GetAlertQueryHandler(IAlertStore store) : IQueryHandler<GetAlertQuery, AlertResponse>
{
    public async ValueTask<AlertResponse> Handle(GetAlertQuery query, CancellationToken cancellationToken) =>
        AlertResponse.From(await AlertAccess.OpenAsync(store, query.Id, query.Credential, cancellationToken));
}
