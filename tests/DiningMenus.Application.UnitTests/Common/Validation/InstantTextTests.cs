using DiningMenus.Application.Common.Validation;

namespace DiningMenus.Application.UnitTests.Common.Validation;

public sealed class InstantTextTests
{
    [TestCase("2025-12-01T12:30", "2025-12-01T20:30:00Z", Description = "no offset: Pacific standard time")]
    [TestCase("2026-03-09T08:15", "2026-03-09T15:15:00Z", Description = "no offset: Pacific daylight time")]
    [TestCase("2025-12-01T12:30:15.25", "2025-12-01T20:30:15.25Z")]
    [TestCase("2025-12-01T20:30:00Z", "2025-12-01T20:30:00Z")]
    [TestCase("2025-12-01T20:30z", "2025-12-01T20:30:00Z")]
    [TestCase("2025-12-01T12:30:00-08:00", "2025-12-01T20:30:00Z")]
    [TestCase("2025-12-01T12:30:00-0800", "2025-12-01T20:30:00Z")]
    [TestCase("2025-12-02T05:30:00 09:00", "2025-12-01T20:30:00Z", Description = "an unencoded '+' arrives as a space")]
    [TestCase(" 2025-12-01T20:30:00+00:00 ", "2025-12-01T20:30:00Z")]
    [TestCase("9999-12-31T15:59", "9999-12-31T23:59:00Z", Description = "the last Pacific minute the calendar holds")]
    [TestCase("0001-01-01T07:53:00Z", "0001-01-01T07:53:00Z", Description = "midnight of the first Pacific date (local mean time, -07:53)")]
    public void Reads_the_instant(string text, string expectedUtc)
    {
        Assert.That(InstantText.TryParse(text, out var instant), Is.True);
        Assert.That(instant, Is.EqualTo(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("tomorrow")]
    [TestCase("2025-12-01")]
    [TestCase("2025-13-01T12:00")]
    [TestCase("2025-12-01 12:00")]
    [TestCase("2025-12-01T12:00+08")]
    [TestCase("2025-12-01T12:00+08:75")]
    [TestCase("2025-12-01T12:00+15:00")]
    [TestCase("٢٠٢٥-١٢-٠١T12:00", Description = "digits other than ASCII")]
    [TestCase("2025-12-01T12:00+٠٨:٠٠")]
    public void Malformed_text_is_not_an_instant(string? text)
    {
        Assert.That(InstantText.TryParse(text, out _), Is.False);
        Assert.That(InstantText.IsWellFormed(text), Is.False);
    }

    [TestCase("9999-12-31T16:00", Description = "Pacific wall-clock time that is year 10000 in UTC")]
    [TestCase("9999-12-31T23:00:00-05:00")]
    [TestCase("0001-01-01T00:00:00Z", Description = "an instant that is still year 0 in Claremont")]
    [TestCase("0001-01-01T07:52:59Z")]
    public void A_well_formed_instant_off_the_calendar_is_not_one(string text)
    {
        Assert.That(InstantText.TryParse(text, out _), Is.False);
        Assert.That(InstantText.IsWellFormed(text), Is.True);
    }
}
