using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetMenu;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DiningMenus.Api.Controllers;

/// <summary>Menus of the configured dining halls (the seven Claremont Colleges halls by default).</summary>
[ApiController]
[Route("api/v2/menus")]
public sealed class MenusController(ISender sender, TimeProvider clock) : ControllerBase
{
    /// <summary>One meal of one hall on one date.</summary>
    /// <remarks>
    /// Example: <c>GET /api/v2/menus?hall_id=frary&amp;date=2025-12-01&amp;meal=dinner</c>.
    /// A hall that serves brunch instead of breakfast or lunch answers those with its brunch.
    /// The filters (tags, featured, allergens, exclude) keep the items passing all of them and drop the stations left empty.
    /// </remarks>
    /// <param name="hall" example="frary">A hall id from GET /api/v2/halls: frank, frary, oldenborg, collins, malott, mcconnell, hoch, or any café configured beside them.</param>
    /// <param name="date" example="2025-12-01">Service date YYYY-MM-DD (Pacific); today when omitted.</param>
    /// <param name="meal" example="dinner">breakfast, brunch, lunch, dinner or late_night.</param>
    /// <param name="tags" example="vegan">Optional comma-separated dietary tags (lower-case kebab words from GET /api/v2/tags, e.g. vegan,gluten-free): only items carrying all of them are kept. vegetarian includes vegan items; a well-formed tag no item carries matches nothing.</param>
    /// <param name="featured" example="true">true: only the featured items (Bon Appétit specials, the short list); halls whose source has no featured notion (Pomona, Hoch) keep every item. false, empty or absent: every tier.</param>
    /// <param name="allergens" example="milk">Optional comma-separated allergens (egg, milk, soy, sesame, peanut, tree-nut, fish, shellfish, wheat, gluten): only items that declare all of them are kept (gluten includes wheat). This finds dishes; to avoid allergens use exclude. An unknown allergen is a 400.</param>
    /// <param name="exclude" example="peanut,tree-nut">Optional comma-separated allergens to avoid (egg, milk, soy, sesame, peanut, tree-nut, fish, shellfish, wheat, gluten; listed by GET /api/v2/tags): items that declare any of them are dropped (gluten includes wheat). Only declared allergens are known: an item whose vendor gives no allergen data is kept. An unknown allergen is a 400.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">The meal, fresh or (when the source fails) the last good copy of that date with is_stale true.</response>
    /// <response code="304">The meal has not changed since the ETag sent in If-None-Match.</response>
    /// <response code="400">Missing or malformed parameter, an unknown allergen, or a date outside the served window.</response>
    /// <response code="404">Unknown hall_id, or no such meal that day (closed, unpublished, not served).</response>
    /// <response code="503">The upstream failed and no good copy of that date exists; see Retry-After.</response>
    [HttpGet]
    [VariesByQuery("hall_id", "date", "meal", "tags", "featured", "allergens", "exclude")]
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
        [FromQuery(Name = "featured")] bool? featured,
        [FromQuery(Name = "allergens")] AllergenSet allergens,
        [FromQuery(Name = "exclude")] AllergenSet exclude,
        CancellationToken cancellationToken)
    {
        var filter = new MenuFilter(tags, featured is true, allergens, exclude);
        return await sender.Send(new GetMenuQuery(hall, date ?? ServiceCalendar.Today(clock), meal, filter), cancellationToken);
    }
}
