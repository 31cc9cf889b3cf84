using Mediator;

namespace DiningMenus.Application.Halls.Queries.GetOpenNow;

/// <summary>Which halls are serving at an instant: the earlier service's <c>GET /api/v2/open-now</c>.</summary>
/// <param name="At">The instant, one that has a Pacific date; now when null.</param>
public sealed record GetOpenNowQuery(DateTimeOffset? At) : IQuery<OpenNowResult>;
