using DiningMenus.Api.Infrastructure.OutputCaching;
using DiningMenus.Application.Menus.Queries.GetVocabulary;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DiningMenus.Api.Controllers;

/// <summary>The words menu items are tagged with, for building filters and badges.</summary>
[ApiController]
[Route("api/v2/tags")]
public sealed class TagsController(ISender sender) : ControllerBase
{
    /// <summary>The dietary tag and allergen vocabularies, with display labels.</summary>
    /// <remarks>
    /// Example: <c>GET /api/v2/tags</c> → <c>{"tags":[{"id":"vegan","label":"Vegan"},…],"allergens":[{"id":"egg","label":"Egg"},…]}</c>.
    /// Every tag and allergen of every menu item is one of these words, whatever the hall's vendor. The tags are what
    /// the tags filter matches; the allergens are exactly what the allergens and exclude filters accept.
    /// </remarks>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">Both vocabularies, each in display order.</response>
    /// <response code="304">The vocabularies have not changed since the ETag sent in If-None-Match.</response>
    [HttpGet]
    [VariesByQuery]
    [ProducesResponseType<VocabularyResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<VocabularyResponse> GetTags(CancellationToken cancellationToken) =>
        await sender.Send(new GetVocabularyQuery(), cancellationToken);
}
