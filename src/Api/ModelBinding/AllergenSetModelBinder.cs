using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Menus;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// Comma-separated allergens ("peanut,tree-nut") → an <see cref="AllergenSet"/>; absent or blank is none. A word that
/// is not lower-case kebab, or not in the allergen vocabulary, is a 400 naming the vocabulary.
/// </summary>
public sealed class AllergenSetModelBinder : IModelBinder
{
    private static readonly string Words = string.Join(", ", Allergens.Vocabulary.Terms.Select(t => t.Word));

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var text = bindingContext.ReadText();
        if (AllergenSet.TryParse(text, out var allergens, out var unknown))
        {
            return bindingContext.Succeed(allergens);
        }

        var name = bindingContext.ModelName;
        return bindingContext.Fail(unknown.Count == 0
            ? $"Invalid {name} '{text}': use comma-separated allergens, lower-case kebab words from: {Words}."
            : $"Unknown allergen{(unknown.Count == 1 ? string.Empty : "s")} '{string.Join(",", unknown)}' in {name}: use {Words}.");
    }
}
