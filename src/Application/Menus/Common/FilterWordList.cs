using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Menus.Common;

/// <summary>
/// The words of one filter parameter as a client writes them ("vegan,gluten-free", "peanut,tree-nut"): lower-case
/// kebab words, kept de-duplicated and in ordinal order, so two lists with the same words are equal whatever order
/// or repetition the client wrote them in.
/// </summary>
public abstract class FilterWordList : IEquatable<FilterWordList>
{
    protected FilterWordList(IReadOnlyList<string> words) => Words = words;

    /// <summary>The words, de-duplicated and in ordinal order.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    public bool Equals(FilterWordList? other) =>
        other is not null && other.GetType() == GetType() && Words.SequenceEqual(other.Words, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as FilterWordList);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(GetType());
        foreach (var word in Words)
        {
            hash.Add(word, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The canonical list, as a client would send it: "gluten-free,vegan".</summary>
    public override string ToString() => string.Join(',', Words);

    /// <summary>
    /// Splits a comma-separated list. Null or blank is no words; false when any word is not a lower-case kebab word
    /// (<c>Vegan</c>, <c>gluten free</c>, an empty word as in <c>a,,b</c>).
    /// </summary>
    protected static bool TryReadWords(string? text, out IReadOnlyList<string> words)
    {
        words = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var written = text.Split(',', StringSplitOptions.TrimEntries);
        if (!written.All(DietaryTags.IsWellFormed))
        {
            return false;
        }

        words = [.. written.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return true;
    }
}
