using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using DiningMenus.Application.Admin.Commands.InvalidateHall;
using DiningMenus.Application.Admin.Commands.RefreshHallDay;
using DiningMenus.Application.Admin.Queries.GetSourceHealth;
using DiningMenus.Domain.Halls;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DiningMenus.Api.Controllers;

/// <summary>Operator endpoints: refresh, invalidate, source health. Require the <c>X-Api-Key</c> header.</summary>
[ApiController]
[Route("api/v2/admin")]
[AdminApiKey]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public sealed class AdminController(ISender sender, IOutputCacheStore answers) : ControllerBase
{
    /// <summary>Fetch one hall's menu of one date from upstream now, replacing the cached copy.</summary>
    /// <param name="hall">The hall, e.g. frary.</param>
    /// <param name="date">Service date YYYY-MM-DD inside the served window.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">What the refresh produced (stale when upstream failed and the last good copy answered).</response>
    /// <response code="400">Bad date.</response>
    /// <response code="404">Unknown hall, or admin endpoints disabled.</response>
    /// <response code="503">Upstream failed and no good copy exists.</response>
    [HttpPost("halls/{hallId}/menus/{date}/refresh")]
    [ProducesResponseType<RefreshHallDayResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<RefreshHallDayResponse> Refresh(
        [FromRoute(Name = "hallId")] Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var refreshed = await sender.Send(new RefreshHallDayCommand(hall, date), cancellationToken);
        await EvictAnswersAsync(refreshed.HallId, cancellationToken);
        return refreshed;
    }

    /// <summary>Drop one hall's fresh cached menus (every served date); the next request goes upstream.</summary>
    /// <param name="hall">The hall, e.g. frary.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">The dates whose entries were removed.</response>
    /// <response code="404">Unknown hall, or admin endpoints disabled.</response>
    [HttpDelete("halls/{hallId}/menus")]
    [ProducesResponseType<InvalidateHallResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<InvalidateHallResponse> Invalidate([FromRoute(Name = "hallId")] Hall hall, CancellationToken cancellationToken)
    {
        var invalidated = await sender.Send(new InvalidateHallCommand(hall), cancellationToken);
        await EvictAnswersAsync(invalidated.HallId, cancellationToken);
        return invalidated;
    }

    /// <summary>Per hall: last success and which source answered, last failure and its reason (this instance's view).</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">One row per hall.</response>
    [HttpGet("sources")]
    [ProducesResponseType<IReadOnlyList<SourceHealthResponse>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<SourceHealthResponse>> Sources(CancellationToken cancellationToken) =>
        await sender.Send(new GetSourceHealthQuery(), cancellationToken);

    /// <summary>This instance's finished answers that show the hall go too (the halls list and open-now show every hall).</summary>
    private async Task EvictAnswersAsync(string hallId, CancellationToken cancellationToken)
    {
        await answers.EvictByTagAsync(PublicAnswerOutputCachePolicy.HallTag(hallId), cancellationToken);
        await answers.EvictByTagAsync(PublicAnswerOutputCachePolicy.AllHallsTag, cancellationToken);
    }
}
