using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// Describes each typed request value to API Explorer (and so to Swagger) as what the client sends: one string
/// (a flag: one boolean) parameter under its binding name, with its XML docs. Left alone, API Explorer lists a
/// <see cref="Domain.Halls.Hall"/> by its properties (Id, Name, …), a hall in the route as an undocumented route value, and the other types
/// with schemas of their own (a DietFilter object, a MealPeriod enum, a date format).
/// </summary>
public sealed class RequestValueApiDescriptionProvider(IModelMetadataProvider metadata) : IApiDescriptionProvider
{
    /// <summary>After the default provider (-1000) has described the action's parameters.</summary>
    public int Order => 0;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results)
        {
            var declared = description.ActionDescriptor.Parameters;
            foreach (var parameter in declared.Where(p => RequestValueBinderProvider.Binds(p.ParameterType)))
            {
                DescribeAsText(description.ParameterDescriptions, parameter);
            }

            List<ApiParameterDescription> inDeclaredOrder = [.. description.ParameterDescriptions
                .OrderBy(p => p.ParameterDescriptor is { } parameter ? declared.IndexOf(parameter) : declared.Count)];
            description.ParameterDescriptions.Clear();
            inDeclaredOrder.ForEach(description.ParameterDescriptions.Add);
        }
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
    }

    private void DescribeAsText(IList<ApiParameterDescription> parameters, ParameterDescriptor parameter)
    {
        var name = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
        var described = parameters.Where(p => p.ParameterDescriptor == parameter || (p.ParameterDescriptor is null && p.Name == name)).ToList();
        foreach (var replaced in described)
        {
            parameters.Remove(replaced);
        }

        var route = described.FirstOrDefault(p => p.RouteInfo is not null);
        var wireType = RequestValueBinderProvider.WireTypeOf(parameter.ParameterType);
        parameters.Add(new ApiParameterDescription
        {
            Name = name,
            Source = route is null ? parameter.BindingInfo?.BindingSource ?? BindingSource.Query : BindingSource.Path,
            RouteInfo = route?.RouteInfo,
            Type = wireType,
            ModelMetadata = metadata.GetMetadataForType(wireType),
            ParameterDescriptor = parameter,
            BindingInfo = parameter.BindingInfo,
            IsRequired = route is not null,
        });
    }
}
