using Microsoft.AspNetCore.HttpLogging;

namespace DiningMenus.Api.Infrastructure.Pipeline;

/// <summary>The request log names a HEAD request HEAD, though it is answered as its GET (<see cref="HeadRequests"/>).</summary>
public sealed class HeadMethodLogInterceptor : IHttpLoggingInterceptor
{
    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
    {
        if (HeadRequests.WasHead(logContext.HttpContext) && logContext.TryDisable(HttpLoggingFields.RequestMethod))
        {
            logContext.AddParameter(nameof(HttpRequest.Method), HttpMethods.Head);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;
}
