using DiningMenus.Domain.Menus;

namespace DiningMenus.Domain.UnitTests.Menus;

public sealed class MealPeriodsTests
{
    [TestCase("BRUNCH", MealPeriod.Brunch)]
    [TestCase("Breakfast/Brunch", MealPeriod.Brunch)]
    [TestCase("Continental Breakfast", MealPeriod.Breakfast)]
    [TestCase("Lunch", MealPeriod.Lunch)]
    [TestCase("DINNER", MealPeriod.Dinner)]
    [TestCase("Late Night", MealPeriod.LateNight)]
    [TestCase("Fall Break", MealPeriod.Other)]
    [TestCase(null, MealPeriod.Other)]
    public void Source_labels_map_to_periods(string? label, MealPeriod expected)
    {
        Assert.That(MealPeriods.FromSourceLabel(label), Is.EqualTo(expected));
    }

    [TestCase("dinner", MealPeriod.Dinner)]
    [TestCase(" Lunch ", MealPeriod.Lunch)]
    [TestCase("late_night", MealPeriod.LateNight)]
    [TestCase("late-night", MealPeriod.LateNight)]
    public void Client_words_parse(string word, MealPeriod expected)
    {
        Assert.That(MealPeriods.TryParseRequest(word, out var period), Is.True);
        Assert.That(period, Is.EqualTo(expected));
    }

    [TestCase("supper")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("dinner; DROP TABLE menus")]
    public void Other_words_do_not_parse(string? word)
    {
        Assert.That(MealPeriods.TryParseRequest(word, out _), Is.False);
    }

    [Test]
    public void Every_request_word_round_trips_through_its_wire_name()
    {
        foreach (var word in MealPeriods.RequestWords)
        {
            Assert.That(MealPeriods.TryParseRequest(word, out var period), Is.True, word);
            Assert.That(period.ToWireName(), Is.EqualTo(word));
        }
    }
}
