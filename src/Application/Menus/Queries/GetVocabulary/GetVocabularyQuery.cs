using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetVocabulary;

/// <summary>The words an item's <c>tags</c> and <c>allergens</c> may hold, with their display labels: <c>GET /api/v2/tags</c>.</summary>
public sealed record GetVocabularyQuery : IQuery<VocabularyResponse>;
