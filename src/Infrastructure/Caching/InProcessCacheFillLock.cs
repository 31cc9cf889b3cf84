using DiningMenus.Application.Common.Interfaces;

namespace DiningMenus.Infrastructure.Caching;

/// <summary>Without Redis there is one instance: the in-process coalescer already lets one caller fill a key.</summary>
public sealed class InProcessCacheFillLock : ICacheFillLock
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(NoLease.Instance);

    public Task WaitForReleaseAsync(string key, CancellationToken cancellationToken) => Task.CompletedTask;
}
