using DiningMenus.Application.Common.Interfaces;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>A hall id (case-insensitive) → the <see cref="Domain.Halls.Hall"/> from the registry; an unknown id is a 404.</summary>
public sealed class HallModelBinder(IHallRegistry halls) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var id = bindingContext.ReadText();
        if (string.IsNullOrWhiteSpace(id))
        {
            return bindingContext.Fail($"{bindingContext.ModelName} is required.");
        }

        return halls.Find(id) is { } hall
            ? bindingContext.Succeed(hall)
            : bindingContext.FailNotFound($"Unknown hall_id: {id}");
    }
}
