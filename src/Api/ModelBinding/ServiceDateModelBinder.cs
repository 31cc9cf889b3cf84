using DiningMenus.Application.Common.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// A YYYY-MM-DD date → <see cref="DateOnly"/>. A <c>DateOnly</c> parameter is required (absent or empty: "from is
/// required"); a <c>DateOnly?</c> one is null when absent, and given empty (<c>date=</c>) it is malformed.
/// Whether the date is one the service serves is a rule of the query's validator, not of parsing.
/// </summary>
public sealed class ServiceDateModelBinder : IModelBinder
{
    private const string DateFormatText = "YYYY-MM-DD";

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var text = bindingContext.ReadText();
        var optional = bindingContext.IsOptional();
        if (optional && text is null)
        {
            return bindingContext.Succeed(null);
        }

        if (!optional && string.IsNullOrWhiteSpace(text))
        {
            return bindingContext.Fail($"{bindingContext.ModelName} is required ({DateFormatText}).");
        }

        return RequestRules.TryParseDate(text, out var date)
            ? bindingContext.Succeed(date)
            : bindingContext.Fail($"Invalid date format, use {DateFormatText} (got '{text}').");
    }
}
