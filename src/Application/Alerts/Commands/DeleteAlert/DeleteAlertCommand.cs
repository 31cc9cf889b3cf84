using DiningMenus.Application.Alerts.Common;
using Mediator;

namespace DiningMenus.Application.Alerts.Commands.DeleteAlert;

/// <summary>Delete an alert and its deliveries; needs the alert's secret.</summary>
public sealed record DeleteAlertCommand(string Id, AlertCredential Credential) : ICommand;
