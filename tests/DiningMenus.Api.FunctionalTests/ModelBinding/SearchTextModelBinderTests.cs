using DiningMenus.Api.ModelBinding;
using DiningMenus.Application.Search.Common;

namespace DiningMenus.Api.FunctionalTests.ModelBinding;

public sealed class SearchTextModelBinderTests
{
    private readonly SearchTextModelBinder _binder = new();

    [TestCase("bulgogi")]
    [TestCase("Spicy Pórk Bulgogy")]
    public async Task Reads_the_search_as_written(string q)
    {
        var outcome = await Binding.RunAsync<SearchText>(_binder, "q", q);

        Assert.That(outcome.Result.Model, Is.TypeOf<SearchText>().With.Property(nameof(SearchText.Text)).EqualTo(q));
        Assert.That(outcome.Errors, Is.Empty);
    }

    [TestCase(null, "q is required: a dish name or part of one.")]
    [TestCase("", "q is required: a dish name or part of one.")]
    [TestCase("?!", "q must contain a letter or a digit.")]
    public async Task A_q_that_is_no_search_is_refused_saying_why(string? q, string message)
    {
        var outcome = await Binding.RunAsync<SearchText>(_binder, "q", q);

        Assert.That((outcome.Result.IsModelSet, outcome.Message), Is.EqualTo((false, message)));
    }
}
