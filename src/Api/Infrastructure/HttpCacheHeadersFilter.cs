using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// Conditional GET for every successful public GET answer: an ETag (SHA-256 of the JSON bytes), 304 without a
/// body on a matching If-None-Match, <c>Cache-Control: public, max-age</c> for the
/// rest of the menu's cache life, and <c>Vary: Accept-Encoding</c>. The body is serialized here, once, so
/// the bytes hashed are the bytes sent. Errors never pass through here (they are no-store problem details).
/// The ETag is weak (<c>W/"…"</c>): it names the JSON, and the response compression that runs after this sends
/// those same contents as Brotli, gzip or identity bytes; a strong tag would claim the three are byte-identical.
/// Weak comparison is what If-None-Match uses (RFC 9110 13.1.2), so each encoding revalidates to 304.
/// </summary>
public sealed class HttpCacheHeadersFilter(
    IOptions<JsonOptions> json, IOptions<CacheOptions> cache, TimeProvider clock) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method)
            || context.ActionDescriptor.EndpointMetadata.OfType<AdminApiKeyAttribute>().Any()
            || context.ActionDescriptor.EndpointMetadata.OfType<PrivateAnswerAttribute>().Any())
        {
            // Operator answers describe this moment and this instance, private ones (an alert) belong to one caller:
            // no cache may keep them.
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            await next();
            return;
        }

        if (context.Result is ObjectResult { Value: { } value } result
            && (result.StatusCode ?? StatusCodes.Status200OK) == StatusCodes.Status200OK
            && value is not ProblemDetails)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.JsonSerializerOptions);
            var etag = new EntityTagHeaderValue($"\"{Base64Url.EncodeToString(SHA256.HashData(body))}\"", isWeak: true);

            var response = context.HttpContext.Response;
            var headers = response.GetTypedHeaders();
            headers.ETag = etag;
            var cap = context.ActionDescriptor.EndpointMetadata.OfType<HttpCacheMaxAgeAttribute>().FirstOrDefault()?.MaxAge;
            var maxAge = MaxAge(value);
            headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = cap < maxAge ? cap : maxAge };
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);

            context.Result = IsCurrent(context.HttpContext.Request, etag)
                ? new StatusCodeResult(StatusCodes.Status304NotModified)
                : new JsonBodyResult(body);
        }

        await next();
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 13.1.2); "*" matches any current representation.</summary>
    private static bool IsCurrent(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(tag =>
            tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));

    /// <summary>
    /// A day menu stays cached for <c>Cache:BaseTtlSeconds</c> after it was fetched, so clients may keep it
    /// for what is left of that; a stale or unpublished answer is asked again after <c>Cache:ShortTtlSeconds</c>.
    /// Anything else (the hall list, from configuration) may be kept for the base life.
    /// </summary>
    private TimeSpan MaxAge(object value)
    {
        var options = cache.Value;
        if (value is not IMenuFreshness menu)
        {
            return TimeSpan.FromSeconds(options.BaseTtlSeconds);
        }

        if (menu.CacheLifetime != CacheLifetime.Fresh)
        {
            return TimeSpan.FromSeconds(options.ShortTtlSeconds);
        }

        var left = options.BaseTtlSeconds - (clock.GetUtcNow() - menu.FetchedAt).TotalSeconds;
        return TimeSpan.FromSeconds(Math.Clamp(Math.Floor(left), 0, options.BaseTtlSeconds));
    }
}
