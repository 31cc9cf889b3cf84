using DiningMenus.Application.Common.Behaviors;
using DiningMenus.Application.Menus.Queries.GetMenu;
using Mediator;

namespace DiningMenus.Api;

public static class MediatorRegistration
{
    /// <summary>
    /// Mediator's source generator runs in this, the outermost, assembly: it finds the Application handlers
    /// and registers the behaviors in the order listed (outermost first). Scoped, because the validators are.
    /// </summary>
    public static IServiceCollection AddMenusMediator(this IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.Namespace = "DiningMenus.Api.Mediator";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(GetMenuQuery)];
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(CachingBehavior<,>)];
        });
}
