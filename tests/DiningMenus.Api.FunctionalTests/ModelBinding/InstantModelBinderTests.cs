using DiningMenus.Api.ModelBinding;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

public sealed class InstantModelBinderTests
{
    private const string Advice = "use an ISO 8601 date-time such as 2025-12-01T12:30 (Pacific) or 2025-12-01T20:30:00Z.";
    private readonly InstantModelBinder _binder = new();

    [Test]
    public async Task Absent_is_now_left_to_the_handler()
    {
        var outcome = await Binding.RunAsync<DateTimeOffset?>(_binder, "at");

        Assert.That((outcome.Result.IsModelSet, outcome.Result.Model), Is.EqualTo((true, (object?)null)));
    }

    [TestCase("2025-12-01T12:30", "2025-12-01T20:30:00Z")]
    [TestCase("2025-12-01T20:30:00Z", "2025-12-01T20:30:00Z")]
    public async Task Reads_an_instant(string text, string utc)
    {
        var outcome = await Binding.RunAsync<DateTimeOffset?>(_binder, "at", text);

        Assert.That(outcome.Result.Model, Is.EqualTo(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("")]
    [TestCase("tomorrow")]
    [TestCase("2025-12-01")]
    [TestCase("2025-13-01T12:00")]
    public async Task Malformed_or_empty_is_refused_with_an_example(string text)
    {
        var outcome = await Binding.RunAsync<DateTimeOffset?>(_binder, "at", text);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo($"Invalid at '{text}': {Advice}"));
    }

    [TestCase("9999-12-31T16:00")]
    [TestCase("0001-01-01T00:00:00Z")]
    public async Task An_instant_outside_the_calendar_is_refused_as_such(string text)
    {
        var outcome = await Binding.RunAsync<DateTimeOffset?>(_binder, "at", text);

        Assert.That(outcome.Message, Is.EqualTo($"Invalid at '{text}': that instant is outside the calendar (years 0001 to 9999, in UTC and in Pacific time)."));
    }
}
