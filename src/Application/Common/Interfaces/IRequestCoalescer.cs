namespace DiningMenus.Application.Common.Interfaces;

/// <summary>
/// Runs one piece of work per key at a time in this process: concurrent callers for the same key share
/// the running work's result or failure. Nothing is remembered once the work ends.
/// </summary>
public interface IRequestCoalescer
{
    /// <param name="key">What the work produces; callers with the same key share one run.</param>
    /// <param name="work">Receives a token that ends at the coalescing timeout, not when one caller gives up.</param>
    /// <param name="cancellationToken">Stops this caller's wait only.</param>
    Task<T> RunAsync<T>(string key, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
