using DiningMenus.Domain.Menus;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>A client's meal word (breakfast, brunch, lunch, dinner, late_night; any case) → <see cref="MealPeriod"/>.</summary>
public sealed class MealPeriodModelBinder : IModelBinder
{
    private static readonly string Words = string.Join(", ", MealPeriods.RequestWords);

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var word = bindingContext.ReadText();
        if (string.IsNullOrWhiteSpace(word))
        {
            return bindingContext.Fail($"{bindingContext.ModelName} is required: one of {Words}.");
        }

        return MealPeriods.TryParseRequest(word, out var meal)
            ? bindingContext.Succeed(meal)
            : bindingContext.Fail($"Unknown meal '{word}': use one of {Words}.");
    }
}
