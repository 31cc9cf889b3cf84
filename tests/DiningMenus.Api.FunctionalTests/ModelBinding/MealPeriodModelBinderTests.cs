using DiningMenus.Api.ModelBinding;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

public sealed class MealPeriodModelBinderTests
{
    private const string Words = "breakfast, brunch, lunch, dinner, late_night";
    private readonly MealPeriodModelBinder _binder = new();

    [TestCase("breakfast", MealPeriod.Breakfast)]
    [TestCase("Brunch", MealPeriod.Brunch)]
    [TestCase("LUNCH", MealPeriod.Lunch)]
    [TestCase("dinner", MealPeriod.Dinner)]
    [TestCase("late_night", MealPeriod.LateNight)]
    [TestCase("late-night", MealPeriod.LateNight)]
    public async Task Reads_the_meal_words_clients_send(string word, MealPeriod meal)
    {
        var outcome = await Binding.RunAsync<MealPeriod>(_binder, "meal", word);

        Assert.That(outcome.Result.Model, Is.EqualTo(meal));
        Assert.That(outcome.Errors, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task A_missing_meal_is_required(string? word)
    {
        var outcome = await Binding.RunAsync<MealPeriod>(_binder, "meal", word);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo($"meal is required: one of {Words}."));
    }

    [TestCase("tea")]
    [TestCase("supper")]
    [TestCase("other")]
    public async Task An_unknown_word_names_the_words_there_are(string word)
    {
        var outcome = await Binding.RunAsync<MealPeriod>(_binder, "meal", word);

        Assert.That(outcome.Message, Is.EqualTo($"Unknown meal '{word}': use one of {Words}."));
    }
}
