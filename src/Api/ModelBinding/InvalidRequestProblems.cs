using DiningMenus.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// The answer, before the action runs, to a request whose values did not bind: RFC 9457 problem details,
/// 404 when a value names something that does not exist (an unknown hall), else 400 naming every bad
/// parameter in <c>errors</c> — the same shape as the 400 of a broken rule (<see cref="Infrastructure.ProblemDetailsExceptionHandler"/>).
/// </summary>
public static class InvalidRequestProblems
{
    public static IActionResult Create(ActionContext context)
    {
        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var notFound = context.ModelState.Values
            .SelectMany(entry => entry.Errors)
            .Select(error => error.Exception)
            .OfType<NotFoundException>()
            .FirstOrDefault();

        ProblemDetails problem;
        if (notFound is not null)
        {
            problem = factory.CreateProblemDetails(context.HttpContext, StatusCodes.Status404NotFound, "Not Found", detail: notFound.Message);
        }
        else
        {
            var invalid = factory.CreateValidationProblemDetails(context.HttpContext, context.ModelState, StatusCodes.Status400BadRequest, "Bad Request");
            invalid.Errors = InParameterOrder(invalid.Errors, context.ActionDescriptor.Parameters);
            invalid.Detail = string.Join(" ", invalid.Errors.Values.SelectMany(messages => messages));
            problem = invalid;
        }

        return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>Model state keeps its keys in an order of its own; clients read the errors in the order the parameters are declared.</summary>
    private static Dictionary<string, string[]> InParameterOrder(IDictionary<string, string[]> errors, IList<ParameterDescriptor> parameters)
    {
        var names = parameters.Select(p => p.BindingInfo?.BinderModelName ?? p.Name).ToList();
        return errors
            .OrderBy(pair => names.IndexOf(pair.Key) is var position and >= 0 ? position : names.Count)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }
}
