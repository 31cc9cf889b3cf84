using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Domain.UnitTests.Menus;

/// <summary>The README's tag and allergen tables are the vocabularies in code: every word, its label and its vendor labels.</summary>
public sealed class VocabularyReadmeTests
{
    private static readonly string[] ReadmeLines = File.ReadAllLines(Path.Combine(Captures.RepositoryRoot(), "README.md"));

    private static IEnumerable<TestCaseData> Terms() =>
        DietaryTags.Vocabulary.Terms.Select(t => new TestCaseData(DietaryTags.Vocabulary, t.Word).SetArgDisplayNames("tag " + t.Word))
            .Concat(Allergens.Vocabulary.Terms.Select(t => new TestCaseData(Allergens.Vocabulary, t.Word).SetArgDisplayNames("allergen " + t.Word)));

    [TestCaseSource(nameof(Terms))]
    public void The_readme_row_of_each_word_names_its_label_and_every_vendor_label(LabelVocabulary vocabulary, string word)
    {
        var row = ReadmeLines.SingleOrDefault(l => l.StartsWith($"| `{word}` | ", StringComparison.Ordinal));
        Assert.That(row, Is.Not.Null, $"README has no table row for `{word}`");
        var cells = row!.Split('|', StringSplitOptions.TrimEntries)[1..^1];
        Assert.That(cells[1], Is.EqualTo(vocabulary.LabelOf(word)));

        var columns = new[] { VendorType.BonAppetit, VendorType.Pomona, VendorType.Sodexo };
        for (var column = 0; column < columns.Length; column++)
        {
            var labels = vocabulary.VendorLabels.Where(l => l.Vendor == columns[column] && l.Word == word).Select(l => l.Label).ToList();
            Assert.That(labels.Count == 0 ? cells[column + 2] == "–" : labels.All(cells[column + 2].Contains), Is.True,
                $"`{word}`: the {columns[column]} column reads \"{cells[column + 2]}\", the code says [{string.Join(", ", labels)}]");
        }
    }
}
