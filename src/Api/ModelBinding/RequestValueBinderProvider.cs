using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// Chooses the binder of each typed request value by the action parameter's type: a <see cref="Hall"/>, a
/// service date (<see cref="DateOnly"/>), a <see cref="MealPeriod"/>, a <see cref="DietFilter"/>, an
/// <see cref="AllergenSet"/>, an instant (<see cref="DateTimeOffset"/>), a flag (<see cref="bool"/>) and a dish
/// search (<see cref="SearchText"/>), an alert's bearer secret (<see cref="AlertCredential"/>). A new kind of parameter gets its binder here.
/// </summary>
public sealed class RequestValueBinderProvider : IModelBinderProvider
{
    private static readonly Dictionary<Type, Func<IServiceProvider, IModelBinder>> Binders = new()
    {
        [typeof(Hall)] = services => new HallModelBinder(services.GetRequiredService<IHallRegistry>()),
        [typeof(DateOnly)] = _ => new ServiceDateModelBinder(),
        [typeof(MealPeriod)] = _ => new MealPeriodModelBinder(),
        [typeof(DietFilter)] = _ => new DietFilterModelBinder(),
        [typeof(AllergenSet)] = _ => new AllergenSetModelBinder(),
        [typeof(DateTimeOffset)] = _ => new InstantModelBinder(),
        [typeof(bool)] = _ => new FlagModelBinder(),
        [typeof(SearchText)] = _ => new SearchTextModelBinder(),
        [typeof(AlertCredential)] = _ => new AlertCredentialModelBinder(),
    };

    /// <summary>True for a type bound here, nullable or not; clients send each as one string.</summary>
    public static bool Binds(Type type) => Binders.ContainsKey(Nullable.GetUnderlyingType(type) ?? type);

    /// <summary>What a client sends for a type bound here, as API docs show it: a flag is a boolean, the rest are text.</summary>
    public static Type WireTypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool) ? typeof(bool) : typeof(string);

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.ModelType;
        return Binders.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var create) ? create(context.Services) : null;
    }
}
