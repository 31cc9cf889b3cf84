using System.Collections.Concurrent;
using DiningMenus.Application.Common.Events;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiningMenus.Api.FunctionalTests.Archive;

/// <summary>The service's publisher, recording every <see cref="DayMenuArchived"/> before passing it on to the real subscribers.</summary>
public sealed class RecordingPublisher(IMediator mediator, ConcurrentQueue<DayMenuArchived> archived) : IPublisher
{
    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        Record(notification);
        return mediator.Publish(notification, cancellationToken);
    }

    public ValueTask Publish(object notification, CancellationToken cancellationToken = default)
    {
        Record(notification);
        return mediator.Publish(notification, cancellationToken);
    }

    /// <summary>Replaces the host's IPublisher so that what the archive publishes lands in <paramref name="archived"/>.</summary>
    public static Action<IServiceCollection> Into(ConcurrentQueue<DayMenuArchived> archived) => services =>
    {
        services.RemoveAll<IPublisher>();
        services.AddScoped<IPublisher>(sp => new RecordingPublisher(sp.GetRequiredService<IMediator>(), archived));
    };

    private void Record(object notification)
    {
        if (notification is DayMenuArchived day)
        {
            archived.Enqueue(day);
        }
    }
}
