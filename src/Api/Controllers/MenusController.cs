using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetMenu;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DiningMenus.Api.Controllers;

/// <summary>Menus of the seven Claremont Colleges dining halls.</summary>
[ApiController]
[Route("api/v2/menus")]
public sealed class MenusController(ISender sender, TimeProvider clock) : ControllerBase
{
    /// <summary>One meal of one hall on one date.</summary>
    /// <remarks>
    /// Example: <c>GET /api/v2/menus?hall_id=frary&amp;date=2025-12-01&amp;meal=dinner</c>.
    /// A hall that serves brunch instead of breakfast or lunch answers those with its brunch.
    /// </remarks>
    /// <param name="hall" example="frary">frank, frary, oldenborg, collins, malott, mcconnell or hoch.</param>
    /// <param name="date" example="2025-12-01">Service date YYYY-MM-DD (Pacific); today when omitted.</param>
    /// <param name="meal" example="dinner">breakfast, brunch, lunch, dinner or late_night.</param>
    /// <param name="tags" example="vegan">Optional comma-separated dietary tags (lower-case kebab words, e.g. vegan,gluten-free): only items carrying all of them are kept, and stations left empty are dropped. vegetarian includes vegan items.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">The meal, fresh or (when the source fails) the last good copy of that date with is_stale true.</response>
    /// <response code="304">The meal has not changed since the ETag sent in If-None-Match.</response>
    /// <response code="400">Missing or malformed parameter, or a date outside the served window.</response>
    /// <response code="404">Unknown hall_id, or no such meal that day (closed, unpublished, not served).</response>
    /// <response code="503">The upstream failed and no good copy of that date exists; see Retry-After.</response>
    [HttpGet]
    [VariesByQuery("hall_id", "date", "meal", "tags")]
    [ProducesResponseType<MenuResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<MenuResponse> GetMenu(
        [FromQuery(Name = "hall_id")] Hall hall,
        [FromQuery(Name = "date")] DateOnly? date,
        [FromQuery(Name = "meal")] MealPeriod meal,
        [FromQuery(Name = "tags")] DietFilter tags,
        CancellationToken cancellationToken) =>
        await sender.Send(new GetMenuQuery(hall, date ?? ServiceCalendar.Today(clock), meal, tags), cancellationToken);
}
