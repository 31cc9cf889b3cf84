using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

/// <summary>Runs one binder on one query string, as MVC does for an action parameter, and reports what it bound.</summary>
internal static class Binding
{
    private static readonly EmptyModelMetadataProvider Metadata = new();

    /// <param name="text">The parameter's value as sent; null: the parameter is absent.</param>
    public static Task<BindingOutcome> RunAsync<TModel>(IModelBinder binder, string name, string? text) =>
        text is null ? RunAsync<TModel>(binder, name) : RunAsync<TModel>(binder, name, new[] { text });

    /// <param name="query">The parameter's values as sent; none: the parameter is absent.</param>
    public static async Task<BindingOutcome> RunAsync<TModel>(IModelBinder binder, string name, params string[] query)
    {
        var values = query.Length == 0
            ? new Dictionary<string, StringValues>()
            : new Dictionary<string, StringValues> { [name] = new StringValues(query) };
        var context = new DefaultModelBindingContext
        {
            ModelMetadata = Metadata.GetMetadataForType(typeof(TModel)),
            ModelName = name,
            FieldName = name,
            ModelState = new ModelStateDictionary(),
            ValueProvider = new QueryStringValueProvider(BindingSource.Query, new QueryCollection(values), CultureInfo.InvariantCulture),
        };

        await binder.BindModelAsync(context);
        var errors = context.ModelState.TryGetValue(name, out var entry) ? entry.Errors.ToList() : [];
        return new BindingOutcome(context.Result, errors);
    }
}

/// <summary>The binding result and the parameter's model-state errors.</summary>
internal sealed record BindingOutcome(ModelBindingResult Result, IReadOnlyList<ModelError> Errors)
{
    public string Message => Errors.Single().ErrorMessage;
}
