namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// Lets one of several service instances fill a missing cache entry while the others wait for it
/// (a Redis lock with an expiry and an owner token). Without Redis, every caller may fill at once and
/// the in-process coalescer is the only guard.
/// </summary>
public interface ICacheFillLock
{
    /// <summary>A lease to dispose once the entry is stored, or null when another instance is filling it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken);

    /// <summary>Waits while another instance holds the lock, up to a configured bound; never throws for cache trouble.</summary>
    Task WaitForReleaseAsync(string key, CancellationToken cancellationToken);
}
