using DiningMenus.Application.Alerts.Common;
using Mediator;

namespace DiningMenus.Application.Alerts.Queries.GetAlertDeliveries;

/// <summary>An alert's deliveries and their attempts, for the holder of its secret.</summary>
public sealed record GetAlertDeliveriesQuery(string Id, AlertCredential Credential) : IQuery<AlertDeliveriesResponse>;
