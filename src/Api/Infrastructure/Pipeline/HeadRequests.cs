using Microsoft.AspNetCore.Http.Features;

namespace DiningMenus.Api.Infrastructure.Pipeline;

public static class HeadRequests
{
    /// <summary>
    /// Answers HEAD as the GET it mirrors, without the body (RFC 9110 9.3.2): every GET route takes HEAD, with the
    /// same status and headers (ETag, Cache-Control, Content-Length), and a HEAD is served from the same replayed
    /// answer as its GET. Runs before routing, which then sees a GET; the body is written to nowhere.
    /// </summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(static (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        context.Request.Method = HttpMethods.Get;
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        return next(context);
    });
}
