using DiningMenus.Application.Menus.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>Comma-separated lower-case kebab tags ("vegan,gluten-free") → a <see cref="DietFilter"/>; absent or blank is no filter.</summary>
public sealed class DietFilterModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var text = bindingContext.ReadText();
        return DietFilter.TryParse(text, out var filter)
            ? bindingContext.Succeed(filter)
            : bindingContext.Fail($"Invalid tags '{text}': use comma-separated lower-case kebab words, e.g. vegan,gluten-free.");
    }
}
