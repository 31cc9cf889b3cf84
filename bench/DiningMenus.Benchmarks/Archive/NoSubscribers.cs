using Mediator;

namespace DiningMenus.Benchmarks.Archive;

/// <summary>A publisher without subscribers: what the store publishes after a new revision goes nowhere.</summary>
internal sealed class NoSubscribers : IPublisher
{
    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => ValueTask.CompletedTask;

    public ValueTask Publish(object notification, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
