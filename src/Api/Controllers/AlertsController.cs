using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.RateLimiting;
using DiningMenus.Api.ModelBinding;
using DiningMenus.Application.Alerts.Commands.CreateAlert;
using DiningMenus.Application.Alerts.Commands.DeleteAlert;
using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Alerts.Queries.GetAlert;
using DiningMenus.Application.Alerts.Queries.GetAlertDeliveries;
using DiningMenus.Application.Common.Interfaces;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Controllers;

/// <summary>
/// Dish alerts: "tell me when bulgogi is on". When the service reads a menu with a matching dish, it POSTs a
/// Standard Webhooks delivery (signed with the alert's secret) to the alert's URL, once per date, hall and meal.
/// </summary>
[ApiController]
[PrivateAnswer]
[Route("api/v2/alerts")]
public sealed class AlertsController(ISender sender, IHallRegistry halls, IOptions<AlertsOptions> options) : ControllerBase
{
    /// <summary>Creates an alert; the answer carries its secret, shown this once.</summary>
    /// <remarks>
    /// Example: <c>POST /api/v2/alerts</c> with <c>{"query":"bulgogi","hall_ids":["frary"],"webhook_url":"https://example.com/hooks/dining"}</c>.
    /// Deliveries are JSON POSTs <c>{type:"dish.served", alert_id, occurrences:[{date, hall_id, hall_name, meal, station, name, tags}]}</c>
    /// with the headers webhook-id, webhook-timestamp and webhook-signature (<c>v1,</c> + base64 HMAC-SHA256 of
    /// "id.timestamp.body", keyed with the base64-decoded bytes after <c>whsec_</c>). A menu is matched when the service
    /// first reads it or it changes, for dates from today on. Limited per client: Alerts:CreationPermitLimit per
    /// Alerts:CreationWindowSeconds, at most Alerts:MaxPerClient alerts.
    /// </remarks>
    /// <param name="request">What to watch and where to send it.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="201">The alert and its secret.</response>
    /// <response code="400">A field missing or unreadable (each named in errors), or a webhook_url that is not https or reaches a non-public address.</response>
    /// <response code="409">This client already has Alerts:MaxPerClient alerts.</response>
    /// <response code="429">Too many alerts created from this client lately; see Retry-After.</response>
    /// <response code="503">The database cannot be reached right now; see Retry-After.</response>
    [HttpPost]
    [EnableRateLimiting(AlertCreationRateLimiting.PolicyName)]
    [Consumes("application/json")]
    [ProducesResponseType<CreatedAlertResponse>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<IActionResult> Create([FromBody] CreateAlertRequest request, CancellationToken cancellationToken)
    {
        if (!AlertRequestReader.TryRead(request, halls, options.Value.AllowLoopbackTargets, ModelState, out var alert))
        {
            return InvalidRequestProblems.Create(ControllerContext);
        }

        var created = await sender.Send(new CreateAlertCommand(alert, AlertCreationRateLimiting.ClientKey(HttpContext)), cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>The alert, for the holder of its secret.</summary>
    /// <remarks>Example: <c>GET /api/v2/alerts/alr_…</c> with <c>Authorization: Bearer whsec_…</c>.</remarks>
    /// <param name="id" example="alr_4f0c2a9e8b7d4c1e9a6b3d2f1e0c9b8a">The alert's id.</param>
    /// <param name="credential">The alert's secret as <c>Authorization: Bearer whsec_…</c>.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">The alert.</response>
    /// <response code="404">No such alert, or the secret is wrong or missing (the answer does not say which).</response>
    /// <response code="503">The database cannot be reached right now; see Retry-After.</response>
    [HttpGet("{id}")]
    [ProducesResponseType<AlertResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<AlertResponse> Get(string id, [FromHeader(Name = "Authorization")] AlertCredential credential, CancellationToken cancellationToken) =>
        await sender.Send(new GetAlertQuery(id, credential), cancellationToken);

    /// <summary>Deletes the alert and its deliveries; nothing more is sent.</summary>
    /// <param name="id" example="alr_4f0c2a9e8b7d4c1e9a6b3d2f1e0c9b8a">The alert's id.</param>
    /// <param name="credential">The alert's secret as <c>Authorization: Bearer whsec_…</c>.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="404">No such alert, or the secret is wrong or missing.</response>
    /// <response code="503">The database cannot be reached right now; see Retry-After.</response>
    [HttpDelete("{id}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<IActionResult> Delete(string id, [FromHeader(Name = "Authorization")] AlertCredential credential, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteAlertCommand(id, credential), cancellationToken);
        return NoContent();
    }

    /// <summary>The alert's deliveries, newest first, each with its attempts (status code, outcome, error).</summary>
    /// <param name="id" example="alr_4f0c2a9e8b7d4c1e9a6b3d2f1e0c9b8a">The alert's id.</param>
    /// <param name="credential">The alert's secret as <c>Authorization: Bearer whsec_…</c>.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <response code="200">The deliveries (possibly none).</response>
    /// <response code="404">No such alert, or the secret is wrong or missing.</response>
    /// <response code="503">The database cannot be reached right now; see Retry-After.</response>
    [HttpGet("{id}/deliveries")]
    [ProducesResponseType<AlertDeliveriesResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<AlertDeliveriesResponse> Deliveries(
        string id, [FromHeader(Name = "Authorization")] AlertCredential credential, CancellationToken cancellationToken) =>
        await sender.Send(new GetAlertDeliveriesQuery(id, credential), cancellationToken);
}
