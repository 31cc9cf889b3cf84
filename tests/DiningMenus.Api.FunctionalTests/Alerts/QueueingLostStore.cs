using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Common.Exceptions;

namespace DiningMenus.Api.FunctionalTests.Alerts;

/// <summary>
/// The alert store of a process that dies right after the archive's commit, before the day's deliveries are queued:
/// every queueing is lost (as a database gone at that moment would lose it); everything else works.
/// </summary>
internal sealed class QueueingLostStore(IAlertStore inner) : IAlertStore
{
    public Task<int> QueueAsync(IReadOnlyList<QueuedDelivery> deliveries, CancellationToken cancellationToken) =>
        throw new ArchiveUnavailableException("The process stopped before queueing.", TimeSpan.FromSeconds(60));

    public Task<int> CountForClientAsync(string clientKey, CancellationToken cancellationToken) => inner.CountForClientAsync(clientKey, cancellationToken);

    public Task AddAsync(StoredAlert alert, CancellationToken cancellationToken) => inner.AddAsync(alert, cancellationToken);

    public Task<StoredAlert?> FindAsync(string id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => inner.DeleteAsync(id, cancellationToken);

    public Task<IReadOnlyList<StoredAlert>> GetEnabledAsync(CancellationToken cancellationToken) => inner.GetEnabledAsync(cancellationToken);

    public Task<IReadOnlyList<DeliveryRecord>> GetDeliveriesAsync(string alertId, CancellationToken cancellationToken) =>
        inner.GetDeliveriesAsync(alertId, cancellationToken);
}
