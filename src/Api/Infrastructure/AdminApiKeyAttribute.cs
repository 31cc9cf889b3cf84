using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// Guards admin actions with the <c>X-Api-Key</c> header: 404 when no key is configured (the endpoints do not
/// exist), 401 when the header is missing or wrong. Keys are compared in constant time over their SHA-256
/// digests, so neither content nor length leaks through timing. The key is never logged or echoed.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdminApiKeyAttribute : Attribute, IAuthorizationFilter
{
    public const string HeaderName = "X-Api-Key";

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        // Set before any short-circuit: no admin answer (not even a 401) may be kept by a cache.
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        var configured = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            context.Result = Problem(StatusCodes.Status404NotFound, "Not Found", "Admin endpoints are disabled: no Admin:ApiKey is configured.");
            return;
        }

        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!Matches(presented, configured))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = HeaderName;
            context.Result = Problem(StatusCodes.Status401Unauthorized, "Unauthorized", $"A valid {HeaderName} header is required.");
        }
    }

    /// <summary>Whether the presented key is the configured one, compared over SHA-256 digests in constant time.</summary>
    public static bool Matches(string presented, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));

    private static ObjectResult Problem(int status, string title, string detail) =>
        new(new ProblemDetails { Status = status, Title = title, Detail = detail })
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };
}
