using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.UnitTests.Vendors.Sodexo;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors;

/// <summary>Every menu capture through its parser: every label known, every tag and allergen a vocabulary word, no filler left.</summary>
public sealed class EveryCaptureVocabularyTests
{
    private static IEnumerable<TestCaseData> Reads()
    {
        foreach (var feed in new[]
        {
            "pomona/frank_eatec_2025-12-01_to_2025-12-07.json", "pomona/frary_eatec_2025-12-01_to_2025-12-07.json",
            "pomona/oldenborg_eatec_2025-12-01_to_2025-12-07.json", "pomona/oldenborg_eatec_2025-11-14_to_2025-11-20.json",
        })
        {
            yield return new TestCaseData(feed, (Func<MenuReadResult>)(() => EatecFeedParser.Parse(Captures.ReadText(feed), "pomona"))).SetArgDisplayNames(feed);
        }

        foreach (var (page, date) in new[]
        {
            ("bonappetit/collins_2026-02-07.html", new DateOnly(2026, 2, 7)), ("bonappetit/malott_2026-02-07.html", new DateOnly(2026, 2, 7)),
            ("bonappetit/mcconnell_2026-02-07.html", new DateOnly(2026, 2, 7)),
            ("bonappetit-other-campuses/1920-commons-2026-04-24.html", new DateOnly(2026, 4, 24)),
            ("bonappetit-other-campuses/falk-kosher-2026-04-24.html", new DateOnly(2026, 4, 24)),
            ("bonappetit-other-campuses/hill-house-2026-04-24.html", new DateOnly(2026, 4, 24)),
        })
        {
            yield return new TestCaseData(page, (Func<MenuReadResult>)(() => BonAppetitPageParser.Parse(Captures.ReadText(page), "page", date))).SetArgDisplayNames(page);
        }

        const string Sections = "sodexo/hoch_menu-sections_2025-11-15_excerpt.json";
        yield return new TestCaseData(Sections, (Func<MenuReadResult>)(() => SodexoMenuSectionsParser.Parse(Captures.ReadText(Sections), "hoch", new DateOnly(2025, 11, 15))))
            .SetArgDisplayNames(Sections);
        yield return new TestCaseData("sodexo/hoch_preloaded-state-capture_2025-11-15.json", (Func<MenuReadResult>)(() => SodexoPreloadedStateParser.Parse(SodexoPreloadedStateParserTests.HochLocationPage(), "hoch")))
            .SetArgDisplayNames("sodexo/hoch_preloaded-state-capture_2025-11-15.json");
    }

    [TestCaseSource(nameof(Reads))]
    public void Every_label_maps_into_the_vocabularies_and_no_filler_is_left(string capture, Func<MenuReadResult> read)
    {
        var result = read();

        Assert.That(result.Succeeded, Is.True, () => result.Failure!.ToString());
        var items = result.Days.SelectMany(d => d.Meals).SelectMany(m => m.Stations).SelectMany(s => s.Items).ToList();
        Assert.That(items, Is.Not.Empty, capture);
        Assert.That(result.Report.UnknownLabels, Is.Empty, "no label of the capture is unknown");
        Assert.That(items.SelectMany(i => i.Tags).Distinct(), Has.All.Matches<string>(DietaryTags.Vocabulary.Contains));
        Assert.That(items.SelectMany(i => i.Allergens).Distinct(), Has.All.Matches<string>(Allergens.Vocabulary.Contains));
        Assert.That(items.Select(i => i.Name), Has.None.EqualTo("Have A Nice Day").IgnoreCase.And.None.EqualTo("Missed Name").IgnoreCase);
    }
}
