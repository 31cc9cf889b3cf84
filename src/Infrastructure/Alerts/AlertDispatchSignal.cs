using System.Threading.Channels;

namespace DiningMenus.Infrastructure.Alerts;

/// <summary>
/// Wakes this instance's dispatcher when deliveries were queued, so that a new delivery goes out at once instead of
/// at the next poll. Many wakes before the dispatcher looks count as one.
/// </summary>
public sealed class AlertDispatchSignal
{
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakes.Writer.TryWrite(true);

    /// <summary>Returns when woken, or when <paramref name="cancellationToken"/> ends (the poll interval, or the host stopping).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _wakes.Reader.WaitToReadAsync(cancellationToken);
            _wakes.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The poll interval ended: look anyway.
        }
    }
}
