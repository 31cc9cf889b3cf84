using DiningMenus.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>What every request-value binder does the same way: read the raw text once, succeed, or fail with a message.</summary>
internal static class ModelBindingContextExtensions
{
    /// <summary>
    /// The parameter's text as sent: null when it is absent, "" when given empty (<c>date=</c>). With several
    /// values the first counts, as for any simple parameter. The attempted value is kept for model state.
    /// </summary>
    public static string? ReadText(this ModelBindingContext context)
    {
        var given = context.ValueProvider.GetValue(context.ModelName);
        if (given == ValueProviderResult.None)
        {
            return null;
        }

        context.ModelState.SetModelValue(context.ModelName, given);
        return given.FirstValue ?? string.Empty;
    }

    /// <summary>
    /// True for a parameter the action takes as nullable (<c>DateOnly?</c>, <c>Hall?</c>): absent, it binds to null.
    /// MVC reads a non-nullable parameter, value or reference type, as required.
    /// </summary>
    public static bool IsOptional(this ModelBindingContext context) => !context.ModelMetadata.IsRequired;

    public static Task Succeed(this ModelBindingContext context, object? value)
    {
        context.Result = ModelBindingResult.Success(value);
        return Task.CompletedTask;
    }

    /// <summary>A 400: the message is the parameter's entry in the problem's <c>errors</c>.</summary>
    public static Task Fail(this ModelBindingContext context, string message)
    {
        context.ModelState.TryAddModelError(context.ModelName, message);
        context.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }

    /// <summary>A 404: the value names something that does not exist (see <see cref="InvalidRequestProblems"/>).</summary>
    public static Task FailNotFound(this ModelBindingContext context, string message)
    {
        context.ModelState.TryAddModelException(context.ModelName, new NotFoundException(message));
        context.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
