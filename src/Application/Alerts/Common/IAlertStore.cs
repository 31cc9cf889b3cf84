namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// The alerts and their delivery outbox, kept in the archive's database. Throws
/// <see cref="Application.Common.Exceptions.ArchiveUnavailableException"/> when the database cannot answer.
/// </summary>
public interface IAlertStore
{
    Task<int> CountForClientAsync(string clientKey, CancellationToken cancellationToken);

    Task AddAsync(StoredAlert alert, CancellationToken cancellationToken);

    Task<StoredAlert?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Removes the alert and its deliveries; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>The alerts that still get deliveries, for matching a day that was archived.</summary>
    Task<IReadOnlyList<StoredAlert>> GetEnabledAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Adds the deliveries not queued before (one per alert, date, hall and meal, enforced by the database) and
    /// wakes this instance's dispatcher; returns how many were new.
    /// </summary>
    Task<int> QueueAsync(IReadOnlyList<QueuedDelivery> deliveries, CancellationToken cancellationToken);

    /// <summary>The alert's deliveries, newest first, each with its attempts.</summary>
    Task<IReadOnlyList<DeliveryRecord>> GetDeliveriesAsync(string alertId, CancellationToken cancellationToken);
}
