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

    [Test]
    public async Task An_optional_meal_is_null_when_absent_and_refused_when_given_empty()
    {
        var absent = await Binding.RunAsync<MealPeriod?>(_binder, "meal", (string?)null);
        var empty = await Binding.RunAsync<MealPeriod?>(_binder, "meal", string.Empty);
        var given = await Binding.RunAsync<MealPeriod?>(_binder, "meal", "Dinner");

        Assert.That((absent.Result.IsModelSet, absent.Result.Model, absent.Errors.Count), Is.EqualTo((true, (object?)null, 0)));
        Assert.That((empty.Result.IsModelSet, empty.Message), Is.EqualTo((false, $"meal is empty: give one of {Words} or leave it out.")));
        Assert.That(given.Result.Model, Is.EqualTo(MealPeriod.Dinner));
    }

    [Test]
    public async Task Declared_as_controllers_declare_them_a_meal_is_required_and_a_nullable_meal_is_not()
    {
        var required = await Binding.RunDeclaredAsync(_binder, "meal", "meal", null);
        var optional = await Binding.RunDeclaredAsync(_binder, "mealFilter", "meal", null);

        Assert.That(required.Message, Is.EqualTo($"meal is required: one of {Words}."));
        Assert.That((optional.Result.IsModelSet, optional.Result.Model), Is.EqualTo((true, (object?)null)));
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
