using System.Collections.Concurrent;
using DiningMenus.Domain.Halls;

namespace DiningMenus.Domain.Menus;

/// <summary>
/// A closed public vocabulary (the dietary tags, the allergens) and how each vendor's own labels map into it.
/// Labels are matched whatever their case and punctuation ("Gluten Free", "gluten-free", "GLUTEN_FREE" are one
/// label); a label with a variety in parentheses ("Tree Nut (Almond)") that is not listed itself falls back to
/// its family ("Tree Nut"). A label the vocabulary does not know is never turned into a word of its own.
/// </summary>
public sealed class LabelVocabulary
{
    // Pages with garbage in them could bring endlessly many spellings; past this many, answers are computed each time.
    private const int MaxRemembered = 4096;

    private readonly Dictionary<string, VocabularyTerm> _terms;
    private readonly Dictionary<(VendorType Vendor, string Key), IReadOnlyList<string>> _labels;
    private readonly ConcurrentDictionary<(VendorType Vendor, string Label), IReadOnlyList<string>?> _resolved = new();

    private LabelVocabulary(
        IReadOnlyList<VocabularyTerm> terms, Dictionary<(VendorType, string), IReadOnlyList<string>> labels, IReadOnlyList<VendorLabel> vendorLabels)
    {
        Terms = terms;
        VendorLabels = vendorLabels;
        _terms = terms.ToDictionary(t => t.Word, StringComparer.Ordinal);
        _labels = labels;
    }

    /// <summary>Every word of the vocabulary, in display order.</summary>
    public IReadOnlyList<VocabularyTerm> Terms { get; }

    /// <summary>Every vendor label the vocabulary knows, as listed (the README table is this list).</summary>
    public IReadOnlyList<VendorLabel> VendorLabels { get; }

    public bool Contains(string? word) => word is not null && _terms.ContainsKey(word);

    /// <summary>The display label of a word, or null when the word is not in the vocabulary.</summary>
    public string? LabelOf(string word) => _terms.GetValueOrDefault(word)?.Label;

    /// <summary>
    /// The words a vendor's label stands for: usually one, two for a combined label (Bon Appétit "Wheat/Gluten"),
    /// none for a label known to carry no public meaning (Eatec "Contains Pork"). False when the label is unknown.
    /// </summary>
    public bool TryTranslate(VendorType vendor, string? label, out IReadOnlyList<string> words)
    {
        words = [];
        if (string.IsNullOrWhiteSpace(label))
        {
            return false;
        }

        // A feed repeats the same few dozen labels on every item: remember each spelling's answer.
        if (!_resolved.TryGetValue((vendor, label), out var found))
        {
            found = Resolve(vendor, label);
            if (_resolved.Count < MaxRemembered)
            {
                _resolved.TryAdd((vendor, label), found);
            }
        }

        words = found ?? [];
        return found is not null;
    }

    /// <summary>Words of this vocabulary, each once, in ordinal order (the order items carry them); other words are left out.</summary>
    public IReadOnlyList<string> Order(IEnumerable<string> words) =>
        [.. words.Where(Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private IReadOnlyList<string>? Resolve(VendorType vendor, string label)
    {
        if (_labels.TryGetValue((vendor, Key(label)), out var found))
        {
            return found;
        }

        var paren = label.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 && _labels.TryGetValue((vendor, Key(label[..paren])), out found) ? found : null;
    }

    private static string Key(string label) => DietaryTags.ToKebab(label);

    /// <summary>Collects terms and vendor labels; the vocabulary classes build theirs once, statically.</summary>
    public sealed class Builder
    {
        private readonly List<VocabularyTerm> _terms = [];
        private readonly List<VendorLabel> _vendorLabels = [];
        private readonly Dictionary<(VendorType, string), List<string>> _labels = [];

        /// <summary>Adds a word; <paramref name="labels"/> are the vendor labels that mean it.</summary>
        public Builder Term(string word, string label, params (VendorType Vendor, string Label)[] labels)
        {
            if (!DietaryTags.IsWellFormed(word) || _terms.Any(t => t.Word == word))
            {
                throw new ArgumentException($"'{word}' is not a new lower-case kebab word", nameof(word));
            }

            _terms.Add(new VocabularyTerm(word, label));
            foreach (var (vendor, vendorLabel) in labels)
            {
                Map(vendor, vendorLabel, word);
            }

            return this;
        }

        /// <summary>Vendor labels that are known but mean nothing a client filters on; they are not reported as unknown.</summary>
        public Builder Ignore(VendorType vendor, params string[] labels)
        {
            foreach (var label in labels)
            {
                Map(vendor, label, word: null);
            }

            return this;
        }

        public LabelVocabulary Build() => new(
            [.. _terms],
            _labels.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value]),
            [.. _vendorLabels]);

        private void Map(VendorType vendor, string label, string? word)
        {
            var key = (vendor, Key(label));
            if (!_labels.TryGetValue(key, out var words))
            {
                _labels[key] = words = [];
            }

            if (word is not null)
            {
                words.Add(word);
            }

            _vendorLabels.Add(new VendorLabel(vendor, label, word));
        }
    }
}
