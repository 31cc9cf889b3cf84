using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DiningMenus.Api.Infrastructure;

/// <summary>Marks the operations guarded by <see cref="AdminApiKeyAttribute"/> as needing the X-Api-Key header in Swagger.</summary>
public sealed class AdminApiKeyOperationFilter : IOperationFilter
{
    public const string SchemeName = "AdminApiKey";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var guarded = context.MethodInfo.GetCustomAttributes(true).OfType<AdminApiKeyAttribute>().Any()
            || (context.MethodInfo.DeclaringType?.GetCustomAttributes(true).OfType<AdminApiKeyAttribute>().Any() ?? false);
        if (guarded)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }
    }
}
