using DiningMenus.Application.Alerts.Common;
using Mediator;

namespace DiningMenus.Application.Alerts.Commands.CreateAlert;

/// <summary>Create an alert for <paramref name="ClientKey"/> (the client's IP address, what <c>Alerts:MaxPerClient</c> counts).</summary>
public sealed record CreateAlertCommand(AlertDefinition Alert, string ClientKey) : ICommand<CreatedAlertResponse>;
