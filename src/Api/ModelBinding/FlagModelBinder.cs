using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// A yes/no query flag (<c>featured=true</c>): true or false in any case → <see cref="bool"/>; absent or empty is
/// not set (null for a <c>bool?</c>, false for a <c>bool</c>). Anything else is a 400 that names the parameter.
/// </summary>
public sealed class FlagModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var text = bindingContext.ReadText();
        if (string.IsNullOrWhiteSpace(text))
        {
            return bindingContext.Succeed(bindingContext.ModelMetadata.IsReferenceOrNullableType ? null : false);
        }

        return bool.TryParse(text.Trim(), out var flag)
            ? bindingContext.Succeed(flag)
            : bindingContext.Fail($"Invalid {bindingContext.ModelName} '{text}': use true or false.");
    }
}
