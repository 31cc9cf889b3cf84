using Mediator;

namespace DiningMenus.Application.Admin.Queries.GetSourceHealth;

/// <summary>Per hall: which source answered last, when, and the last failure with its reason (this instance's view).</summary>
public sealed record GetSourceHealthQuery : IQuery<IReadOnlyList<SourceHealthResponse>>;
