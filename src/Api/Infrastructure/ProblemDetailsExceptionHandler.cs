using System.Globalization;
using DiningMenus.Application.Common.Exceptions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// Turns application exceptions into RFC 9457 problem details: a rule on the request's typed values broken
/// (validation) → 400, not found → 404, conflict → 409, upstream or archive unavailable → 503 with Retry-After. Anything else is
/// left to the default 500.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => FromValidation(validation),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not Found", notFound.Message),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message),
            UpstreamUnavailableException unavailable => Unavailable(httpContext, unavailable.Message, unavailable.RetryAfter),
            ArchiveUnavailableException unavailable => Unavailable(httpContext, unavailable.Message, unavailable.RetryAfter),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails FromValidation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Bad Request",
            Detail = string.Join(" ", errors.Values.SelectMany(m => m)),
        };
    }

    private static ProblemDetails Unavailable(HttpContext httpContext, string detail, TimeSpan retryAfter)
    {
        httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, "Service Unavailable", detail);
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
