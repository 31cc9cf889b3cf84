using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Common;
using DiningMenus.Domain.Halls;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiningMenus.Api.ModelBinding;

public static class RequestValueBinding
{
    /// <summary>
    /// Request values are parsed once, here at the edge, into typed values (<see cref="RequestValueBinderProvider"/>);
    /// a value that does not bind is answered by <see cref="InvalidRequestProblems"/> before the action runs.
    /// </summary>
    public static IMvcBuilder AddRequestValueBinding(this IMvcBuilder mvc)
    {
        mvc.Services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, RequestValueApiDescriptionProvider>());
        return mvc.AddMvcOptions(o =>
            {
                o.ModelBinderProviders.Insert(0, new RequestValueBinderProvider());

                // A bound hall, tag set, allergen set or search is a whole value: MVC has nothing inside it to validate.
                o.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(Hall)));
                o.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(FilterWordList)));
                o.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(SearchText)));
                o.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(AlertCredential)));
            })
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = InvalidRequestProblems.Create);
    }
}
