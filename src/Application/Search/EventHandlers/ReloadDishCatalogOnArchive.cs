using DiningMenus.Application.Common.Events;
using DiningMenus.Application.Search.Common;
using Mediator;

namespace DiningMenus.Application.Search.EventHandlers;

/// <summary>A day archived or changed may bring dishes the search index has not seen: reload it on the next search.</summary>
public sealed class ReloadDishCatalogOnArchive(DishCatalog catalog) : INotificationHandler<DayMenuArchived>
{
    public ValueTask Handle(DayMenuArchived notification, CancellationToken cancellationToken)
    {
        catalog.Invalidate();
        return ValueTask.CompletedTask;
    }
}
