namespace DiningMenus.Application.Menus.Queries.GetVocabulary;

/// <summary>One word of a vocabulary.</summary>
/// <param name="Id">The word as items and filters write it, e.g. "gluten-free" or "tree-nut".</param>
/// <param name="Label">What a client shows for it, e.g. "Gluten-free" or "Tree nut".</param>
public sealed record VocabularyTermResponse(string Id, string Label);
