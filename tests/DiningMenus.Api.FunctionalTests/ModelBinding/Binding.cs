using System.Globalization;
using Microsoft.AspNetCore.Http;
using System.Reflection;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

/// <summary>Runs one binder on one query string, as MVC does for an action parameter, and reports what it bound.</summary>
internal static class Binding
{
    private static readonly EmptyModelMetadataProvider Metadata = new();

    /// <summary>MVC's own metadata (data annotations included), which reads a non-nullable reference parameter as required.</summary>
    private static readonly ModelMetadataProvider MvcMetadata = (ModelMetadataProvider)new ServiceCollection()
        .AddLogging()
        .AddMvcCore()
        .AddDataAnnotations()
        .Services.BuildServiceProvider()
        .GetRequiredService<IModelMetadataProvider>();

    /// <param name="text">The parameter's value as sent; null: the parameter is absent.</param>
    public static Task<BindingOutcome> RunAsync<TModel>(IModelBinder binder, string name, string? text) =>
        text is null ? RunAsync<TModel>(binder, name) : RunAsync<TModel>(binder, name, new[] { text });

    /// <param name="query">The parameter's values as sent; none: the parameter is absent.</param>
    public static Task<BindingOutcome> RunAsync<TModel>(IModelBinder binder, string name, params string[] query) =>
        RunAsync(binder, Metadata.GetMetadataForType(typeof(TModel)), name, query);

    /// <summary>
    /// Binds the parameter <paramref name="declared"/> of <see cref="IDeclaredParameters.Action"/>, sent as
    /// <paramref name="name"/>, with the metadata MVC gives it: a <c>Hall</c> is required, a <c>Hall?</c> is not.
    /// </summary>
    /// <param name="text">The parameter's value as sent; null: the parameter is absent.</param>
    public static Task<BindingOutcome> RunDeclaredAsync(IModelBinder binder, string declared, string name, string? text) =>
        RunAsync(binder, MvcMetadata.GetMetadataForParameter(IDeclaredParameters.Named(declared)), name, text is null ? [] : [text]);

    private static async Task<BindingOutcome> RunAsync(IModelBinder binder, ModelMetadata metadata, string name, string[] query)
    {
        var values = query.Length == 0
            ? new Dictionary<string, StringValues>()
            : new Dictionary<string, StringValues> { [name] = new StringValues(query) };
        var context = new DefaultModelBindingContext
        {
            ModelMetadata = metadata,
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

/// <summary>Parameters declared as controllers declare them: required, or nullable for a filter.</summary>
internal interface IDeclaredParameters
{
    void Action(Hall hall, Hall? hallFilter, MealPeriod meal, MealPeriod? mealFilter);

    static ParameterInfo Named(string name) =>
        typeof(IDeclaredParameters).GetMethod(nameof(Action))!.GetParameters().Single(p => p.Name == name);
}
