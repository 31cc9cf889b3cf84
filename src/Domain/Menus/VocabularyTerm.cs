namespace DiningMenus.Domain.Menus;

/// <summary>One word of a public vocabulary ("gluten-free") and the label a client shows for it ("Gluten-free").</summary>
public sealed record VocabularyTerm(string Word, string Label);
