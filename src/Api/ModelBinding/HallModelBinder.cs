using DiningMenus.Application.Common.Interfaces;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// A hall id (case-insensitive) → the <see cref="Domain.Halls.Hall"/> from the registry; an unknown id is a 404.
/// A <c>Hall</c> parameter is required; a <c>Hall?</c> one (a filter) is null when absent, and given empty it is a 400.
/// </summary>
public sealed class HallModelBinder(IHallRegistry halls) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var id = bindingContext.ReadText();
        var optional = bindingContext.IsOptional();
        if (optional && id is null)
        {
            return bindingContext.Succeed(null);
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            var name = bindingContext.ModelName;
            return bindingContext.Fail(optional ? $"{name} is empty: give a hall id or leave it out." : $"{name} is required.");
        }

        return halls.Find(id) is { } hall
            ? bindingContext.Succeed(hall)
            : bindingContext.FailNotFound($"Unknown hall_id: {id}");
    }
}
