using DiningMenus.Application.Search.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>A dish search's <c>q</c> → a <see cref="SearchText"/>; absent, blank, too long or without a letter or digit is a 400.</summary>
public sealed class SearchTextModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext) =>
        SearchText.TryParse(bindingContext.ReadText(), out var search, out var problem)
            ? bindingContext.Succeed(search)
            : bindingContext.Fail(problem);
}
