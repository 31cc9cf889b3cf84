using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.UnitTests.Parsing;

public sealed class ClockRangeTextTests
{
    [TestCase("7:30 - 10 a.m.", "07:30", "10:00", Description = "the start takes the end's a.m.")]
    [TestCase("11 a.m. - 1:30 p.m.", "11:00", "13:30")]
    [TestCase("1:30 - 4:30 p.m.", "13:30", "16:30")]
    [TestCase("5 - 7:30 p.m.", "17:00", "19:30")]
    [TestCase("11:30 - 1 p.m.", "11:30", "13:00", Description = "p.m. would start after the end: a.m.")]
    [TestCase("10am to noon", "10:00", "12:00")]
    [TestCase("9:00 AM – 12:45 PM", "09:00", "12:45")]
    [TestCase("12 - 1 p.m.", "12:00", "13:00", Description = "12 p.m. is noon")]
    [TestCase("10 p.m. - 11:30", "22:00", "23:30", Description = "the end takes the start's p.m.")]
    public void Reads_twelve_hour_ranges(string text, string start, string end)
    {
        Assert.That(ClockRangeText.TryParse(text, out var s, out var e), Is.True);
        Assert.That((s, e), Is.EqualTo((TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [TestCase("5 - 7:30", Description = "neither side says a.m. or p.m.")]
    [TestCase("Closed")]
    [TestCase("13 - 14 p.m.")]
    [TestCase("")]
    public void Refuses_what_cannot_be_told(string text)
    {
        Assert.That(ClockRangeText.TryParse(text, out _, out _), Is.False);
    }
}
