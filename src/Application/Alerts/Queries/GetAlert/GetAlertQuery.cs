using DiningMenus.Application.Alerts.Common;
using Mediator;

namespace DiningMenus.Application.Alerts.Queries.GetAlert;

/// <summary>An alert, for the holder of its secret.</summary>
public sealed record GetAlertQuery(string Id, AlertCredential Credential) : IQuery<AlertResponse>;
