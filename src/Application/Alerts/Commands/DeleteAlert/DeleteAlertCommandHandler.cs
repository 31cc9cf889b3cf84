using DiningMenus.Application.Alerts.Common;
using Mediator;

namespace DiningMenus.Application.Alerts.Commands.DeleteAlert;

public sealed class DeleteAlertCommandHandler(IAlertStore store) : ICommandHandler<DeleteAlertCommand>
{
    public async ValueTask<Unit> Handle(DeleteAlertCommand command, CancellationToken cancellationToken)
    {
        var alert = await AlertAccess.OpenAsync(store, command.Id, command.Credential, cancellationToken);
        await store.DeleteAsync(alert.Id, cancellationToken);
        return Unit.Value;
    }
}
