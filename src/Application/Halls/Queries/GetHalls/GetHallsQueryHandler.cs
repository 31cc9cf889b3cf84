using DiningMenus.Application.Common.Interfaces;
using Mediator;

namespace DiningMenus.Application.Halls.Queries.GetHalls;

public sealed class GetHallsQueryHandler(IHallRegistry halls) : IQueryHandler<GetHallsQuery, IReadOnlyList<HallResponse>>
{
    public ValueTask<IReadOnlyList<HallResponse>> Handle(GetHallsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(halls.All.ToResponses());
}
