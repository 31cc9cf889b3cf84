using DiningMenus.Application.Halls.Queries.GetOpenNow;
using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DiningMenus.Api.Controllers;

/// <summary>Which halls are serving at an instant.</summary>
[ApiController]
[Route("api/v2/open-now")]
public sealed class OpenNowController(ISender sender) : ControllerBase
{
    /// <summary>Names the halls whose hours are unknown at the instant (comma-separated ids), beside the array.</summary>
    public const string UnknownHeader = "X-Hours-Unknown";

    /// <summary>The halls serving a meal at <paramref name="at"/> (default now), in hall order.</summary>
    /// <remarks>
    /// The body is the earlier service's JSON array, listing only halls known to be serving, each with the
    /// running service's <c>start_time</c>/<c>end_time</c> (Pacific). Halls whose hours could not be read for
    /// that day are not guessed: their ids are in the <c>X-Hours-Unknown</c> header. Where two services overlap
    /// (Malott's Saturday brunch and lunch) the one that started last is reported.
    /// Example: <c>GET /api/v2/open-now?at=2025-12-01T12:30</c>.
    /// </remarks>
    /// <param name="at">ISO 8601 date-time; without an offset it is Pacific wall-clock time.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">The serving halls (possibly none).</response>
    /// <response code="304">The answer is unchanged since the ETag sent in If-None-Match.</response>
    /// <response code="400">A malformed <c>at</c>, or one outside the calendar.</response>
    [HttpGet]
    [VariesByQuery("at")]
    [HttpCacheMaxAge(60)]
    [ProducesResponseType<IReadOnlyList<OpenHallResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IReadOnlyList<OpenHallResponse>> GetOpenNow([FromQuery(Name = "at")] DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetOpenNowQuery(at), cancellationToken);
        if (result.Unknown.Count > 0)
        {
            Response.Headers[UnknownHeader] = string.Join(',', result.Unknown);
        }

        return result.Serving;
    }
}
