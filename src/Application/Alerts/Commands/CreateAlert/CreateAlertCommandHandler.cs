using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Common.Exceptions;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Alerts.Commands.CreateAlert;

public sealed partial class CreateAlertCommandHandler(
    IAlertStore store, UpcomingServingsMatcher upcoming, TimeProvider clock, IOptions<AlertsOptions> options, ILogger<CreateAlertCommandHandler> logger)
    : ICommandHandler<CreateAlertCommand, CreatedAlertResponse>
{
    public async ValueTask<CreatedAlertResponse> Handle(CreateAlertCommand command, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxPerClient;
        if (await store.CountForClientAsync(command.ClientKey, cancellationToken) >= max)
        {
            throw new ConflictException($"This client already has {max} alerts, the most allowed (Alerts:MaxPerClient). Delete one first.");
        }

        var secret = AlertSecret.Generate();
        var definition = command.Alert;
        var alert = new StoredAlert(
            Id: "alr_" + Guid.NewGuid().ToString("N"),
            Query: definition.Query.Text,
            HallIds: [.. definition.Halls.Select(h => h.Id).Distinct(StringComparer.Ordinal)],
            Meals: [.. definition.Meals.Distinct()],
            Tags: definition.Tags.Tags,
            WebhookUrl: definition.Url.ToString(),
            Key: secret.Key,
            ClientKey: command.ClientKey,
            CreatedAt: clock.GetUtcNow(),
            Enabled: true,
            ConsecutiveFailures: 0,
            DisabledAt: null);
        await store.AddAsync(alert, cancellationToken);
        try
        {
            // Dishes already published for the coming days count too.
            await upcoming.QueueAsync([alert], cancellationToken);
        }
        catch (ArchiveUnavailableException ex)
        {
            // The alert exists and its secret must reach the client: the matching is done again at the next start.
            LogNotMatchedYet(logger, alert.Id, ex.InnerException?.Message ?? ex.Message);
        }

        return new CreatedAlertResponse(alert.Id, secret.Text, AlertResponse.From(alert));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertId} was created but not matched against the archived days yet, the database cannot be reached: {Reason}")]
    private static partial void LogNotMatchedYet(ILogger logger, string alertId, string reason);
}
