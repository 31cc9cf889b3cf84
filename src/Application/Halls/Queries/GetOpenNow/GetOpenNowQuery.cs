using Mediator;

namespace DiningMenus.Application.Halls.Queries.GetOpenNow;

/// <summary>Which halls are serving at an instant: the earlier service's <c>GET /api/v2/open-now</c>.</summary>
/// <param name="At">ISO 8601 date-time; without an offset it is Pacific time; now when null.</param>
public sealed record GetOpenNowQuery(string? At) : IQuery<OpenNowResult>;
