using DiningMenus.Api.ModelBinding;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

public sealed class ServiceDateModelBinderTests
{
    private readonly ServiceDateModelBinder _binder = new();

    [TestCase("2025-12-01", 2025, 12, 1)]
    [TestCase("2024-02-29", 2024, 2, 29)]
    public async Task Reads_a_yyyy_mm_dd_date(string text, int year, int month, int day)
    {
        var outcome = await Binding.RunAsync<DateOnly>(_binder, "date", text);

        Assert.That(outcome.Result.IsModelSet, Is.True);
        Assert.That(outcome.Result.Model, Is.EqualTo(new DateOnly(year, month, day)));
        Assert.That(outcome.Errors, Is.Empty);
    }

    [Test]
    public async Task With_several_values_the_first_counts()
    {
        var outcome = await Binding.RunAsync<DateOnly?>(_binder, "date", "2025-12-01", "2025-12-02");

        Assert.That(outcome.Result.Model, Is.EqualTo(new DateOnly(2025, 12, 1)));
    }

    [TestCase("12/01/2025")]
    [TestCase("2025/12/01")]
    [TestCase("2025-13-01")]
    [TestCase("2025-12-1")]
    [TestCase("2025-02-30")]
    [TestCase(" 2025-12-01")]
    [TestCase("2025-12-01T00:00:00")]
    [TestCase("tomorrow")]
    public async Task Anything_else_is_an_invalid_format_naming_what_was_sent(string text)
    {
        var outcome = await Binding.RunAsync<DateOnly?>(_binder, "date", text);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo($"Invalid date format, use YYYY-MM-DD (got '{text}')."));
    }

    [Test]
    public async Task An_optional_date_is_null_when_absent_and_malformed_when_given_empty()
    {
        var absent = await Binding.RunAsync<DateOnly?>(_binder, "date");
        var empty = await Binding.RunAsync<DateOnly?>(_binder, "date", string.Empty);

        Assert.That((absent.Result.IsModelSet, absent.Result.Model, absent.Errors.Count), Is.EqualTo((true, (object?)null, 0)));
        Assert.That(empty.Message, Is.EqualTo("Invalid date format, use YYYY-MM-DD (got '')."));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    public async Task A_required_date_absent_or_empty_is_required(string? text)
    {
        var outcome = await Binding.RunAsync<DateOnly>(_binder, "from", text);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo("from is required (YYYY-MM-DD)."));
    }
}
