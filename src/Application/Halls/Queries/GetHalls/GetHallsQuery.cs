using Mediator;

namespace DiningMenus.Application.Halls.Queries.GetHalls;

/// <summary>Every hall this service knows, in display order: the earlier service's <c>GET /api/v2/halls</c>.</summary>
public sealed record GetHallsQuery : IQuery<IReadOnlyList<HallResponse>>;
