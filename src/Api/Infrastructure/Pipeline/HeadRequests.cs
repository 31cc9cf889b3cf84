using Microsoft.AspNetCore.Http.Features;

namespace DiningMenus.Api.Infrastructure.Pipeline;

public static class HeadRequests
{
    /// <summary>Set in <see cref="HttpContext.Items"/> on a HEAD request answered as its GET (see <see cref="WasHead"/>).</summary>
    private static readonly object AnsweredAsGet = new();

    /// <summary>Whether the request came as HEAD (it reads as GET from here on).</summary>
    public static bool WasHead(HttpContext context) => context.Items.ContainsKey(AnsweredAsGet);

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
        context.Items[AnsweredAsGet] = AnsweredAsGet;
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        return next(context);
    });
}
