using DiningMenus.Api.ModelBinding;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

public sealed class FlagModelBinderTests
{
    private readonly FlagModelBinder _binder = new();

    [TestCase("true", true)]
    [TestCase("TRUE", true)]
    [TestCase("True", true)]
    [TestCase("false", false)]
    [TestCase(" false ", false)]
    public async Task Reads_true_or_false_in_any_case(string text, bool flag)
    {
        var outcome = await Binding.RunAsync<bool?>(_binder, "featured", text);

        Assert.That(outcome.Result.Model, Is.EqualTo(flag));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    public async Task Absent_or_empty_is_not_set(string? text)
    {
        var optional = await Binding.RunAsync<bool?>(_binder, "featured", text);
        var plain = await Binding.RunAsync<bool>(_binder, "featured", text);

        Assert.That(optional.Result.IsModelSet, Is.True);
        Assert.That(optional.Result.Model, Is.Null);
        Assert.That(plain.Result.Model, Is.EqualTo(false));
    }

    [TestCase("yes")]
    [TestCase("1")]
    [TestCase("on")]
    [TestCase("truely")]
    public async Task Anything_else_is_refused_naming_the_parameter(string text)
    {
        var outcome = await Binding.RunAsync<bool?>(_binder, "featured", text);

        Assert.That(outcome.Result.IsModelSet, Is.False);
        Assert.That(outcome.Message, Is.EqualTo($"Invalid featured '{text}': use true or false."));
    }
}
