namespace DiningMenus.Application.Menus.Queries.GetVocabulary;

/// <summary>The closed vocabularies of menu items, each in display order; the same for every hall and vendor.</summary>
/// <param name="Tags">Every word an item's <c>tags</c> may hold, and what the <c>tags</c> filter accepts as a known tag.</param>
/// <param name="Allergens">Every word an item's <c>allergens</c> may hold: exactly the words the <c>allergens</c> and <c>exclude</c> filters accept.</param>
public sealed record VocabularyResponse(IReadOnlyList<VocabularyTermResponse> Tags, IReadOnlyList<VocabularyTermResponse> Allergens);
