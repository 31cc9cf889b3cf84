using DiningMenus.Domain.Menus;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// A client's meal word (breakfast, brunch, lunch, dinner, late_night; any case) → <see cref="MealPeriod"/>. A
/// <c>MealPeriod</c> parameter is required; a <c>MealPeriod?</c> one (a filter) is null when absent, and given
/// empty it is a 400.
/// </summary>
public sealed class MealPeriodModelBinder : IModelBinder
{
    private static readonly string Words = string.Join(", ", MealPeriods.RequestWords);

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var word = bindingContext.ReadText();
        var optional = bindingContext.IsOptional();
        if (optional && word is null)
        {
            return bindingContext.Succeed(null);
        }

        if (string.IsNullOrWhiteSpace(word))
        {
            var name = bindingContext.ModelName;
            return bindingContext.Fail(optional ? $"{name} is empty: give one of {Words} or leave it out." : $"{name} is required: one of {Words}.");
        }

        return MealPeriods.TryParseRequest(word, out var meal)
            ? bindingContext.Succeed(meal)
            : bindingContext.Fail($"Unknown meal '{word}': use one of {Words}.");
    }
}
