using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Parsing;

/// <summary>
/// Maps one vendor's labels through the Domain vocabularies (<see cref="DietaryTags.Vocabulary"/>,
/// <see cref="Allergens.Vocabulary"/>) for one parse; a label neither knows goes into the parse report, not into
/// the menu.
/// </summary>
internal sealed class VendorLabelReader(VendorType vendor, ParseReport report)
{
    public VendorType Vendor => vendor;

    public ParseReport Report => report;

    public IReadOnlyList<string> Tags(IEnumerable<string> labels) => Translate(DietaryTags.Vocabulary, VendorLabelKind.Diet, labels);

    public IReadOnlyList<string> Allergens(IEnumerable<string> labels) =>
        Translate(Domain.Menus.Allergens.Vocabulary, VendorLabelKind.Allergen, labels);

    /// <summary>Whether the allergen vocabulary knows this label for the vendor (for labels of unknown kind).</summary>
    public bool IsAllergenLabel(string label) => Domain.Menus.Allergens.Vocabulary.TryTranslate(vendor, label, out _);

    private IReadOnlyList<string> Translate(LabelVocabulary vocabulary, VendorLabelKind kind, IEnumerable<string> labels)
    {
        var words = new List<string>();
        foreach (var label in labels)
        {
            if (vocabulary.TryTranslate(vendor, label, out var found))
            {
                words.AddRange(found);
            }
            else if (!string.IsNullOrWhiteSpace(label))
            {
                report.UnknownLabel(kind, label);
            }
        }

        return vocabulary.Order(words);
    }
}
