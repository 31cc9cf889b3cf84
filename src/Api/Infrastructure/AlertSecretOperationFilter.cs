using DiningMenus.Application.Alerts.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// Marks the operations that take an <see cref="AlertCredential"/> as needing the alert's secret as a bearer token in
/// Swagger (Swagger UI then sends the Authorization header it drops from the parameters).
/// </summary>
public sealed class AlertSecretOperationFilter : IOperationFilter
{
    public const string SchemeName = "AlertSecret";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.MethodInfo.GetParameters().Any(p => p.ParameterType == typeof(AlertCredential)))
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }
    }
}
