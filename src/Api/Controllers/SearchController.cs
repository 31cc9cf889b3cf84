using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Search.Common;
using DiningMenus.Application.Search.Queries.GetDishes;
using DiningMenus.Application.Search.Queries.SearchMenus;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DiningMenus.Api.Controllers;

/// <summary>Dish search over the menu archive: where and when a dish is served. Reads the archive only, never a vendor.</summary>
[ApiController]
[Route("api/v2")]
public sealed class SearchController(ISender sender, TimeProvider clock) : ControllerBase
{
    /// <summary>Every serving of dishes matching <c>q</c>, across halls and dates, best match first, then by date.</summary>
    /// <remarks>
    /// Example: <c>GET /api/v2/search?q=bulgogi&amp;from=2025-12-01&amp;to=2025-12-07</c>. Case, accents and small
    /// typos do not matter ("bulgogy" finds "Spicy Pork Bulgogi"). Only menus the service has read are searched.
    /// </remarks>
    /// <param name="q" example="bulgogi">A dish name or part of one, 1 to 100 characters.</param>
    /// <param name="from" example="2025-12-01">First date YYYY-MM-DD (Pacific); today when omitted.</param>
    /// <param name="to" example="2025-12-07">Last date YYYY-MM-DD, inclusive; six days after from when omitted. At most 31 days in all.</param>
    /// <param name="hall" example="frary">Only this hall: frank, frary, oldenborg, collins, malott, mcconnell or hoch.</param>
    /// <param name="meal" example="dinner">Only this meal: breakfast, brunch, lunch, dinner or late_night (breakfast and lunch include a brunch served instead).</param>
    /// <param name="tags" example="vegan">Optional comma-separated dietary tags (lower-case kebab words, e.g. vegan,gluten-free): only items carrying all of them. vegetarian includes vegan items.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">The servings (possibly none), at most 200.</response>
    /// <response code="304">The answer is unchanged since the ETag sent in If-None-Match.</response>
    /// <response code="400">q missing, over 100 characters or without a letter or digit; a malformed date, meal or tags; hall_id or meal given empty; to before from, or more than 31 days.</response>
    /// <response code="404">Unknown hall_id.</response>
    /// <response code="503">The archive's database cannot be read right now; see Retry-After.</response>
    [HttpGet("search")]
    [VariesByQuery("q", "from", "to", "hall_id", "meal", "tags")]
    [HttpCacheMaxAge(60)]
    [ProducesResponseType<SearchMenusResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<SearchMenusResponse> Search(
        [FromQuery(Name = "q")] SearchText q,
        [FromQuery(Name = "from")] DateOnly? from,
        [FromQuery(Name = "to")] DateOnly? to,
        [FromQuery(Name = "hall_id")] Hall? hall,
        [FromQuery(Name = "meal")] MealPeriod? meal,
        [FromQuery(Name = "tags")] DietFilter tags,
        CancellationToken cancellationToken)
    {
        var first = from ?? ServiceCalendar.Today(clock);
        return await sender.Send(new SearchMenusQuery(q, first, to ?? SearchMenusQuery.DefaultTo(first), hall, meal, tags), cancellationToken);
    }

    /// <summary>The distinct dishes matching <c>q</c>, each with when it was last served and when it is next served.</summary>
    /// <remarks>
    /// Example: <c>GET /api/v2/dishes?q=bulgogi</c>. A serving today counts as last served once its meal has ended
    /// (where the menu gives the time), and as next served until then.
    /// </remarks>
    /// <param name="q" example="bulgogi">A dish name or part of one, 1 to 100 characters.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">The dishes (possibly none), at most 25, best match first.</response>
    /// <response code="304">The answer is unchanged since the ETag sent in If-None-Match.</response>
    /// <response code="400">q missing, over 100 characters or without a letter or digit.</response>
    /// <response code="503">The archive's database cannot be read right now; see Retry-After.</response>
    [HttpGet("dishes")]
    [VariesByQuery("q")]
    [HttpCacheMaxAge(60)]
    [ProducesResponseType<DishesResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<DishesResponse> Dishes([FromQuery(Name = "q")] SearchText q, CancellationToken cancellationToken) =>
        await sender.Send(new GetDishesQuery(q), cancellationToken);
}
