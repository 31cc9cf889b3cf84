using DiningMenus.Api.ModelBinding;
using DiningMenus.Application.Menus.Common;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

public sealed class AllergenSetModelBinderTests
{
    private const string Vocabulary = "egg, milk, soy, sesame, peanut, tree-nut, fish, shellfish, wheat, gluten";

    private readonly AllergenSetModelBinder _binder = new();

    [TestCase("exclude", "peanut", new[] { "peanut" })]
    [TestCase("exclude", "tree-nut,peanut,peanut", new[] { "peanut", "tree-nut" })]
    [TestCase("allergens", " milk , egg ", new[] { "egg", "milk" })]
    public async Task Reads_allergens_of_the_vocabulary_as_one_set(string name, string text, string[] allergens)
    {
        var outcome = await Binding.RunAsync<AllergenSet>(_binder, name, text);

        Assert.That(((AllergenSet)outcome.Result.Model!).Words, Is.EqualTo(allergens));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    public async Task None_given_is_no_allergens(string? text)
    {
        var outcome = await Binding.RunAsync<AllergenSet>(_binder, "exclude", text);

        Assert.That(outcome.Result.Model, Is.SameAs(AllergenSet.None));
    }

    [TestCase("exclude", "Peanut")]
    [TestCase("allergens", "tree nut")]
    [TestCase("exclude", "egg,,milk")]
    public async Task A_word_that_is_not_lower_case_kebab_is_refused(string name, string text)
    {
        var outcome = await Binding.RunAsync<AllergenSet>(_binder, name, text);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo($"Invalid {name} '{text}': use comma-separated allergens, lower-case kebab words from: {Vocabulary}."));
    }

    [TestCase("exclude", "peanut,mustard", "Unknown allergen 'mustard' in exclude: use " + Vocabulary + ".")]
    [TestCase("allergens", "celery,lupin,egg", "Unknown allergens 'celery,lupin' in allergens: use " + Vocabulary + ".")]
    [TestCase("exclude", "vegan", "Unknown allergen 'vegan' in exclude: use " + Vocabulary + ".")]
    public async Task A_word_outside_the_vocabulary_is_refused_naming_the_vocabulary(string name, string text, string message)
    {
        var outcome = await Binding.RunAsync<AllergenSet>(_binder, name, text);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo(message));
    }
}
