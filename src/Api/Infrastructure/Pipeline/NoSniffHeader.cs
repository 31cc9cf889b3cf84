namespace DiningMenus.Api.Infrastructure.Pipeline;

public static class NoSniffHeader
{
    /// <summary>
    /// <c>X-Content-Type-Options: nosniff</c> on every answer the service writes, errors and 304s included: problem
    /// details echo what the client sent, so no browser may guess another type for them. Set as the response starts,
    /// because the exception handler clears the headers set before it.
    /// </summary>
    public static IApplicationBuilder UseNoSniff(this IApplicationBuilder app) => app.Use(static (context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });
}
