using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using DiningMenus.Application.Halls.Queries.GetHalls;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetHallDay;
using DiningMenus.Application.Menus.Queries.GetHallMenus;
using DiningMenus.Domain.Halls;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DiningMenus.Api.Controllers;

/// <summary>The dining halls, and each hall's menus by day and by range of days.</summary>
[ApiController]
[Route("api/v2/halls")]
public sealed class HallsController(ISender sender) : ControllerBase
{
    /// <summary>The halls (the seven Claremont halls and any other configured café), in display order.</summary>
    /// <remarks>Example: <c>GET /api/v2/halls</c>.</remarks>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">Every hall with its id, name, college, vendor type and college colour.</response>
    /// <response code="304">The list has not changed since the ETag sent in If-None-Match.</response>
    [HttpGet]
    [VariesByQuery]
    [ProducesResponseType<IReadOnlyList<HallResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IReadOnlyList<HallResponse>> GetHalls(CancellationToken cancellationToken) =>
        await sender.Send(new GetHallsQuery(), cancellationToken);

    /// <summary>Everything one hall serves on one date: every meal, in service order.</summary>
    /// <remarks>
    /// Example: <c>GET /api/v2/halls/frary/menus/2025-12-06?tags=vegan</c>.
    /// A closed day is answered with status "closed" and no meals; a date the source has not published yet
    /// with status "unpublished".
    /// </remarks>
    /// <param name="hall" example="frary">A hall id from GET /api/v2/halls: frank, frary, oldenborg, collins, malott, mcconnell, hoch, or any café configured beside them.</param>
    /// <param name="date" example="2025-12-06">Service date YYYY-MM-DD (Pacific).</param>
    /// <param name="tags" example="vegan">Optional comma-separated dietary tags (lower-case kebab words from GET /api/v2/tags, e.g. vegan,gluten-free): only items carrying all of them are kept. vegetarian includes vegan items; a well-formed tag no item carries matches nothing.</param>
    /// <param name="featured" example="true">true: only the featured items (Bon Appétit specials, the short list); halls whose source has no featured notion (Pomona, Hoch) keep every item. false, empty or absent: every tier.</param>
    /// <param name="allergens" example="milk">Optional comma-separated allergens (egg, milk, soy, sesame, peanut, tree-nut, fish, shellfish, wheat, gluten): only items that declare all of them are kept (gluten includes wheat). This finds dishes; to avoid allergens use exclude. An unknown allergen is a 400.</param>
    /// <param name="exclude" example="peanut,tree-nut">Optional comma-separated allergens to avoid (egg, milk, soy, sesame, peanut, tree-nut, fish, shellfish, wheat, gluten; listed by GET /api/v2/tags): items that declare any of them are dropped (gluten includes wheat). Only declared allergens are known: an item whose vendor gives no allergen data is kept. An unknown allergen is a 400.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">The day, fresh or (when the source fails) the last good copy of that date with is_stale true.</response>
    /// <response code="304">The day has not changed since the ETag sent in If-None-Match.</response>
    /// <response code="400">Malformed date, tags, featured, allergens or exclude, an unknown allergen, or a date outside the served window.</response>
    /// <response code="404">Unknown hall_id.</response>
    /// <response code="503">The upstream failed and no good copy of that date exists; see Retry-After.</response>
    [HttpGet("{hall_id}/menus/{date}")]
    [VariesByQuery("tags", "featured", "allergens", "exclude")]
    [ProducesResponseType<HallDayResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<HallDayResponse> GetDay(
        [FromRoute(Name = "hall_id")] Hall hall,
        [FromRoute(Name = "date")] DateOnly date,
        [FromQuery(Name = "tags")] DietFilter tags,
        [FromQuery(Name = "featured")] bool? featured,
        [FromQuery(Name = "allergens")] AllergenSet allergens,
        [FromQuery(Name = "exclude")] AllergenSet exclude,
        CancellationToken cancellationToken) =>
        await sender.Send(new GetHallDayQuery(hall, date, new MenuFilter(tags, featured is true, allergens, exclude)), cancellationToken);

    /// <summary>One hall's day menus for up to 7 consecutive dates, each date once, in order.</summary>
    /// <remarks>Example: <c>GET /api/v2/halls/frary/menus?from=2025-12-01&amp;to=2025-12-07</c>.</remarks>
    /// <param name="hall" example="frary">A hall id from GET /api/v2/halls: frank, frary, oldenborg, collins, malott, mcconnell, hoch, or any café configured beside them.</param>
    /// <param name="from" example="2025-12-01">First date YYYY-MM-DD (Pacific).</param>
    /// <param name="to" example="2025-12-07">Last date YYYY-MM-DD, inclusive; at most 6 days after from.</param>
    /// <param name="tags" example="vegan">Optional comma-separated dietary tags (lower-case kebab words from GET /api/v2/tags, e.g. vegan,gluten-free): only items carrying all of them are kept. vegetarian includes vegan items; a well-formed tag no item carries matches nothing.</param>
    /// <param name="featured" example="true">true: only the featured items (Bon Appétit specials, the short list); halls whose source has no featured notion (Pomona, Hoch) keep every item. false, empty or absent: every tier.</param>
    /// <param name="allergens" example="milk">Optional comma-separated allergens (egg, milk, soy, sesame, peanut, tree-nut, fish, shellfish, wheat, gluten): only items that declare all of them are kept (gluten includes wheat). This finds dishes; to avoid allergens use exclude. An unknown allergen is a 400.</param>
    /// <param name="exclude" example="peanut,tree-nut">Optional comma-separated allergens to avoid (egg, milk, soy, sesame, peanut, tree-nut, fish, shellfish, wheat, gluten; listed by GET /api/v2/tags): items that declare any of them are dropped (gluten includes wheat). Only declared allergens are known: an item whose vendor gives no allergen data is kept. An unknown allergen is a 400.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">Each date of the range with its meals.</response>
    /// <response code="304">The range has not changed since the ETag sent in If-None-Match.</response>
    /// <response code="400">Missing or malformed from/to, malformed tags, featured, allergens or exclude, an unknown allergen, to before from, more than 7 days, or a date outside the served window.</response>
    /// <response code="404">Unknown hall_id.</response>
    /// <response code="503">The upstream failed for a date of the range and no good copy of it exists; see Retry-After.</response>
    [HttpGet("{hall_id}/menus")]
    [VariesByQuery("from", "to", "tags", "featured", "allergens", "exclude")]
    [ProducesResponseType<HallMenusResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<HallMenusResponse> GetRange(
        [FromRoute(Name = "hall_id")] Hall hall,
        [FromQuery(Name = "from")] DateOnly from,
        [FromQuery(Name = "to")] DateOnly to,
        [FromQuery(Name = "tags")] DietFilter tags,
        [FromQuery(Name = "featured")] bool? featured,
        [FromQuery(Name = "allergens")] AllergenSet allergens,
        [FromQuery(Name = "exclude")] AllergenSet exclude,
        CancellationToken cancellationToken) =>
        await sender.Send(new GetHallMenusQuery(hall, from, to, new MenuFilter(tags, featured is true, allergens, exclude)), cancellationToken);
}
