using DiningMenus.Infrastructure.Parsing;
using static System.DayOfWeek;

namespace DiningMenus.Infrastructure.UnitTests.Parsing;

public sealed class DayRangeTextTests
{
    [Test]
    public void Reads_ranges_lists_and_words()
    {
        Assert.That(Days("Monday - Friday"), Is.EqualTo(new[] { Monday, Tuesday, Wednesday, Thursday, Friday }));
        Assert.That(Days("Saturdays & Sundays (and holidays)"), Is.EqualTo(new[] { Saturday, Sunday }));
        Assert.That(Days("Sun–Thu"), Is.EqualTo(new[] { Sunday, Monday, Tuesday, Wednesday, Thursday }));
        Assert.That(Days("Friday through Sunday"), Is.EqualTo(new[] { Friday, Saturday, Sunday }), "ranges wrap past Saturday");
        Assert.That(Days("Friday"), Is.EqualTo(new[] { Friday }));
        Assert.That(Days("Weekends"), Is.EqualTo(new[] { Saturday, Sunday }));
        Assert.That(Days("Daily"), Has.Length.EqualTo(7));
    }

    [TestCase("Breakfast")]
    [TestCase("Monthly specials")]
    [TestCase("Sunset dinner")]
    [TestCase("")]
    public void Words_that_only_look_like_days_are_not_days(string text)
    {
        Assert.That(DayRangeText.TryParse(text, out _), Is.False);
    }

    private static DayOfWeek[] Days(string text)
    {
        Assert.That(DayRangeText.TryParse(text, out var days), Is.True, text);
        return [.. days];
    }
}
