using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.BonAppetit;

/// <summary>
/// The real Collins page with its Bamco scripts cut out (the one that assigns <c>Bamco.menu_items</c> and
/// <c>Bamco.cor_icons</c>, and the two that assign <c>Bamco.dayparts</c>), compared with the same page read through
/// its JSON: the markup fallback must show what the page shows.
/// </summary>
public sealed class BonAppetitMarkupFallbackTests
{
    private static readonly DateOnly Saturday = new(2026, 2, 7);

    private static string WithoutBamcoScripts(string html)
    {
        var edited = CafePageEdits.WithoutBamcoScripts(html, out var removed);
        Assert.That(removed, Is.EqualTo(3), "the capture has one Bamco data script and one dayparts script per daypart");
        return edited;
    }

    private static DayMenu Parse(string html)
    {
        var result = BonAppetitPageParser.Parse(html, "collins", Saturday);
        Assert.That(result.Succeeded, Is.True, () => result.Failure!.ToString());
        return result.DayFor(Saturday)!;
    }

    private static Dictionary<(string Meal, string Station, string Name), MenuItem> Items(DayMenu day) =>
        day.Meals.SelectMany(m => m.Stations.SelectMany(s => s.Items.Select(i => (Key: (m.Label, s.Name, i.Name), Item: i))))
            .ToDictionary(p => p.Key, p => p.Item);

    [Test]
    public void Collins_without_its_scripts_gives_the_same_dishes_and_their_tags_and_calories()
    {
        var html = Captures.ReadText("bonappetit/collins_2026-02-07.html");
        var full = Parse(html);
        var fallback = Parse(WithoutBamcoScripts(html));

        var expected = Items(full);
        var actual = Items(fallback);
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys), "the same names at the same stations of the same meals");
        var sameTags = expected.Count(p => actual[p.Key].Tags.SequenceEqual(p.Value.Tags));
        var sameCalories = expected.Count(p => actual[p.Key].Calories == p.Value.Calories);
        TestContext.Out.WriteLine($"{expected.Count} dishes, same tags {sameTags}, same calories {sameCalories}");
        Assert.That(sameTags, Is.GreaterThanOrEqualTo(expected.Count * 95 / 100), $"{sameTags} of {expected.Count} with the same tags");
        Assert.That(sameCalories, Is.GreaterThanOrEqualTo(expected.Count * 95 / 100), $"{sameCalories} of {expected.Count} with the same calories");
        Assert.That(expected.Count(p => actual[p.Key].Tier == p.Value.Tier && actual[p.Key].Featured == p.Value.Featured), Is.EqualTo(expected.Count),
            "the tier tabs give every tier and the specials");

        Assert.That((full.Fidelity, fallback.Fidelity), Is.EqualTo((ReadFidelity.Full, ReadFidelity.Reduced)));
        Assert.That(fallback.Meals.Select(m => (m.Period, m.Start, m.End)), Is.EqualTo(full.Meals.Select(m => (m.Period, m.Start, m.End))));
    }

    [Test]
    public void The_fallback_reads_an_items_icons_calorie_text_and_description()
    {
        var fallback = Parse(WithoutBamcoScripts(Captures.ReadText("bonappetit/collins_2026-02-07.html")));
        var brunch = fallback.FindMeal(MealPeriod.Brunch)!;

        // <img alt="Made without Gluten-Containing Ingredients: …"><img alt="In Balance: …"><img alt="Seafood Watch: …">, "25 cal."
        var tuna = brunch.Stations.Single(s => s.Name == "salad bar").Items.Single(i => i.Name == "Tuna Canned");
        Assert.That(tuna.Tags, Is.EqualTo(new[] { "balanced", "gluten-free", "seafood-watch" }));
        Assert.That((tuna.Calories, tuna.Tier, tuna.Featured), Is.EqualTo(((int?)25, (int?)3, (bool?)false)));

        var eggs = brunch.Stations.Single(s => s.Name == "breakfast @ home").Items.Single(i => i.Name == "Cage Free Scrambled Eggs");
        Assert.That(eggs.Description, Is.EqualTo("canola oil, salt, pepper"));
        Assert.That((eggs.Calories, eggs.Tier, eggs.Featured), Is.EqualTo(((int?)null, (int?)1, (bool?)true)));
    }
}
