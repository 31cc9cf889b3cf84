using DiningMenus.Api.ModelBinding;
using DiningMenus.Application.Menus.Common;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

public sealed class DietFilterModelBinderTests
{
    private readonly DietFilterModelBinder _binder = new();

    [TestCase("vegan", new[] { "vegan" })]
    [TestCase("vegan,gluten-free", new[] { "gluten-free", "vegan" })]
    [TestCase(" vegan , halal ", new[] { "halal", "vegan" })]
    [TestCase("plant-based,kosher,plant-based", new[] { "kosher", "plant-based" })]
    public async Task Reads_comma_separated_kebab_tags_as_one_set(string text, string[] tags)
    {
        var outcome = await Binding.RunAsync<DietFilter>(_binder, "tags", text);

        Assert.That(((DietFilter)outcome.Result.Model!).Tags, Is.EqualTo(tags));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public async Task No_tags_is_no_filter(string? text)
    {
        var outcome = await Binding.RunAsync<DietFilter>(_binder, "tags", text);

        Assert.That(outcome.Result.Model, Is.SameAs(DietFilter.None));
    }

    [TestCase("Vegan")]
    [TestCase("gluten free")]
    [TestCase("gluten_free")]
    [TestCase("vegan,,halal")]
    [TestCase("Végétarien")]
    public async Task A_word_that_is_not_lower_case_kebab_is_refused(string text)
    {
        var outcome = await Binding.RunAsync<DietFilter>(_binder, "tags", text);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo($"Invalid tags '{text}': use comma-separated lower-case kebab words, e.g. vegan,gluten-free."));
    }
}
