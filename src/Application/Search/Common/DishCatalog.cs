using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Search.Common;

/// <summary>
/// The current <see cref="DishNameIndex"/> of this process: loaded from the archive on first use, reloaded when
/// this instance archived a changed day (<see cref="Invalidate"/>) or after <c>Search:IndexRefreshSeconds</c>,
/// one reload at a time. A few thousand names load in milliseconds, so a reload simply replaces the index.
/// </summary>
public sealed class DishCatalog(IMenuArchive archive, TimeProvider clock, IOptions<SearchOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Loaded? _current;
    private volatile bool _stale;

    public async ValueTask<DishNameIndex> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && IsFresh(current))
        {
            return current.Index;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } reloaded && IsFresh(reloaded))
            {
                return reloaded.Index; // another caller reloaded while this one waited
            }

            // Cleared before reading, so that a day archived during the read marks the new index stale again.
            _stale = false;
            var names = await archive.GetDishNamesAsync(cancellationToken);
            var loaded = new Loaded(new DishNameIndex(names), clock.GetUtcNow());
            _current = loaded;
            return loaded.Index;
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>The archive gained dishes: the next search reloads the names.</summary>
    public void Invalidate() => _stale = true;

    public void Dispose() => _reload.Dispose();

    private bool IsFresh(Loaded loaded) =>
        !_stale && clock.GetUtcNow() - loaded.At < TimeSpan.FromSeconds(options.Value.IndexRefreshSeconds);

    private sealed record Loaded(DishNameIndex Index, DateTimeOffset At);
}
