namespace DiningMenus.Infrastructure.Caching;

/// <summary>A fill-lock lease that holds nothing: the caller may fill, and there is nothing to release.</summary>
internal sealed class NoLease : IAsyncDisposable
{
    public static readonly NoLease Instance = new();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
